# arith::sub  (tauraro::vm::handlers::arith::sub::h)
# 45 instructions; regenerate with asm/dump.sh
	push   %rbx
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	movzwl 0xc(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rcx
	mov    %rcx,%r8
	and    %rax,%r8
	test   $0x1,%r8b
	je     .L1
	mov    %ecx,%r9d
	or     %eax,%r9d
	test   $0x2,%r9b
	jne    .L1
	dec    %rcx
	sub    %rcx,%rax
	jno    .L2
	jmp    .L3
.L1:
	test   $0x2,%r8b
	je     .L3
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	movq   %rax,%xmm0
	movq   %rcx,%xmm1
	subsd  %xmm1,%xmm0
	movq   %xmm0,%rax
	rol    $0x4,%rax
	add    $0x3,%rax
	test   $0x2,%al
	je     .L3
.L2:
	movzwl 0x8(%rdi),%ecx
	mov    %rax,(%rsi,%rcx,8)
	add    $0x10,%rdi
	mov    (%rdi),%rax
	pop    %rbx
	jmp    *%rax
.L3:
	mov    %rdx,%rbx
	call   *(%rip)        # GOT: tauraro::vm::handlers::arith::binary_slow
	mov    %rax,%rdi
	mov    %rdx,%rsi
	mov    %rbx,%rdx
	mov    (%rdi),%rax
	pop    %rbx
	jmp    *%rax
