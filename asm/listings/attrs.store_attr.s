# attrs::store_attr  (tauraro::vm::handlers::attrs::store_attr::h)
# 32 instructions; regenerate with asm/dump.sh
	push   %r15
	push   %r14
	push   %rbx
	mov    %rdx,%rbx
	mov    %rsi,%r15
	mov    %rdi,%r14
	movzwl 0x8(%rdi),%eax
	mov    (%rsi,%rax,8),%rsi
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	mov    0x8(%rdi,%rax,1),%rdx
	movzwl 0xa(%rdi),%eax
	mov    (%r15,%rax,8),%rcx
	mov    %rbx,%rdi
	call   *(%rip)        # GOT: tauraro::runtime::attr::set_attr
	test   %al,%al
	jne    .L2
	add    $0x10,%r14
.L1:
	mov    (%r14),%rax
	mov    %r14,%rdi
	mov    %r15,%rsi
	mov    %rbx,%rdx
	pop    %rbx
	pop    %r14
	pop    %r15
	jmp    *%rax
.L2:
	mov    %r14,%rdi
	mov    %rbx,%rsi
	call   *(%rip)        # GOT: tauraro::vm::frame::throw
	mov    %rax,%r14
	mov    %rdx,%r15
	jmp    .L1
