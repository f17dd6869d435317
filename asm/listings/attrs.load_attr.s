# attrs::load_attr  (tauraro::vm::handlers::attrs::load_attr::h)
# 51 instructions; regenerate with asm/dump.sh
	push   %rbx
	mov    %rdx,%rbx
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%rcx
	test   %rcx,%rcx
	je     .L2
	mov    %ecx,%eax
	and    $0x3,%eax
	jne    .L2
	cmpb   $0x12,0x8(%rcx)
	jne    .L2
	mov    (%rcx),%rdx
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	cmp    %rdx,0x18(%rdi,%rax,1)
	jne    .L2
	add    %rdi,%rax
	mov    0x5c(%rdx),%edx
	cmp    %rdx,0x28(%rax)
	jne    .L2
	mov    0x10(%rcx),%rdx
	test   %rdx,%rdx
	je     .L1
	mov    0x38(%rax),%r8
	cmp    0x20(%rdx),%r8
	jae    .L1
	mov    0x18(%rdx),%rdx
	lea    (%r8,%r8,2),%r8
	mov    0x8(%rdx,%r8,8),%r9
	cmp    0x8(%rax),%r9
	jne    .L1
	lea    (%rdx,%r8,8),%rax
	movzwl 0x8(%rdi),%ecx
	mov    0x10(%rax),%rax
	mov    %rax,(%rsi,%rcx,8)
	add    $0x10,%rdi
	mov    (%rdi),%rax
	mov    %rbx,%rdx
	pop    %rbx
	jmp    *%rax
.L1:
	mov    %rbx,%rdx
	call   <tauraro::vm::handlers::attrs::load_attr_reindex>
	jmp    .L3
.L2:
	mov    %rbx,%rdx
	call   <tauraro::vm::handlers::attrs::load_attr_slow>
.L3:
	mov    %rax,%rdi
	mov    %rdx,%rsi
	mov    (%rdi),%rax
	mov    %rbx,%rdx
	pop    %rbx
	jmp    *%rax
