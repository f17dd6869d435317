# arith::mul  (tauraro::vm::handlers::arith::mul::h)
# 62 instructions; regenerate with asm/dump.sh
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%rcx
	movzwl 0xc(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	lea    -0x1(%rcx),%r8
	lea    -0x1(%rax),%r9d
	mov    %r8d,%r10d
	or     %r9d,%r10d
	test   $0x3,%r10b
	je     .L1
	mov    %ecx,%r8d
	and    $0x2,%r8d
	test   %r8d,%eax
	je     .L2
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	jmp    .L4
.L1:
	sar    $0x2,%rax
	imul   %rax,%r8
	jo     .L6
	or     $0x1,%r8
	jmp    .L5
.L2:
	mov    %ecx,%r9d
	and    $0x3,%r9d
	cmp    $0x1,%r9d
	jne    .L3
	mov    %eax,%r9d
	and    $0x2,%r9d
	je     .L3
	sar    $0x2,%rcx
	cvtsi2sd %rcx,%xmm0
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	movq   %xmm0,%rcx
	jmp    .L4
.L3:
	test   %r8,%r8
	je     .L6
	mov    %eax,%r8d
	and    $0x3,%r8d
	cmp    $0x1,%r8d
	jne    .L6
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	sar    $0x2,%rax
	cvtsi2sd %rax,%xmm0
	movq   %xmm0,%rax
.L4:
	movq   %rcx,%xmm0
	movq   %rax,%xmm1
	mulsd  %xmm0,%xmm1
	movq   %xmm1,%r8
	rol    $0x4,%r8
	add    $0x3,%r8
	test   $0x2,%r8b
	je     .L6
.L5:
	movzwl 0x8(%rdi),%eax
	mov    %r8,(%rsi,%rax,8)
	mov    0x10(%rdi),%rax
	add    $0x10,%rdi
	jmp    *%rax
.L6:
	jmp    *(%rip)        # GOT: tauraro::vm::handlers::arith::binary_slow_h::h
