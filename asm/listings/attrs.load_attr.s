# attrs::load_attr  (tauraro::vm::handlers::attrs::load_attr::h)
# 51 instructions; regenerate with asm/dump.sh
	push   %rbx
	mov    %rdx,%rbx
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	test   %rax,%rax
	je     .L2
	mov    %eax,%ecx
	and    $0x3,%ecx
	jne    .L2
	cmpb   $0x12,0x8(%rax)
	jne    .L2
	mov    (%rax),%rcx
	movslq 0xc(%rdi),%rdx
	shl    $0x4,%rdx
	cmp    %rcx,0x18(%rdi,%rdx,1)
	jne    .L2
	add    %rdi,%rdx
	mov    0x5c(%rcx),%ecx
	cmp    %rcx,0x28(%rdx)
	jne    .L2
	mov    0x10(%rax),%rcx
	test   %rcx,%rcx
	je     .L1
	mov    0x38(%rdx),%r8
	cmp    0x20(%rcx),%r8
	jae    .L1
	mov    0x18(%rcx),%rax
	lea    (%r8,%r8,2),%r8
	mov    0x8(%rax,%r8,8),%r9
	cmp    0x8(%rdx),%r9
	jne    .L1
	lea    (%rax,%r8,8),%rax
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
