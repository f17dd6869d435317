# arith::mul  (tauraro::vm::handlers::arith::mul::h)
# 47 instructions; regenerate with asm/dump.sh
	push   %rbx
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%rcx
	movzwl 0xc(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	mov    %rax,%r8
	and    %rcx,%r8
	test   $0x1,%r8b
	je     .L1
	mov    %eax,%r9d
	or     %ecx,%r9d
	test   $0x2,%r9b
	jne    .L1
	dec    %rcx
	sar    $0x2,%rax
	imul   %rcx,%rax
	jo     .L3
	or     $0x1,%rax
	jmp    .L2
.L1:
	test   $0x2,%r8b
	je     .L3
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	movq   %rcx,%xmm0
	movq   %rax,%xmm1
	mulsd  %xmm0,%xmm1
	movq   %xmm1,%rax
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
