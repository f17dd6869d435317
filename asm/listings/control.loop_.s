# control::loop_  (tauraro::vm::handlers::control::loop_::h)
# 32 instructions; regenerate with asm/dump.sh
	mov    0xd0(%rdx),%rax
	cmp    0xd8(%rdx),%rax
	setae  %cl
	or     0xec(%rdx),%cl
	cmpl   $0x0,0xe8(%rdx)
	sete   %al
	test   $0x1,%cl
	jne    .L1
	xor    %eax,%eax
.L1:
	test   %al,%al
	jne    .L3
.L2:
	movslq 0xc(%rdi),%rcx
	shl    $0x4,%rcx
	lea    (%rdi,%rcx,1),%rax
	mov    (%rdi,%rcx,1),%rcx
	mov    %rax,%rdi
	jmp    *%rcx
.L3:
	push   %r15
	push   %r14
	push   %rbx
	mov    %rdi,%rbx
	mov    %rdx,%rdi
	mov    %rdx,%r14
	mov    %rsi,%r15
	call   *(%rip)        # GOT: tauraro::vm::handlers::control::safepoint
	mov    %rbx,%rdi
	mov    %r15,%rsi
	mov    %r14,%rdx
	pop    %rbx
	pop    %r14
	pop    %r15
	jmp    .L2
