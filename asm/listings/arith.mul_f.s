# arith::mul_f  (tauraro::vm::handlers::arith::mul_f::h)
# 61 instructions; regenerate with asm/dump.sh
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%rcx
	movzwl 0xc(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	mov    %ecx,%r9d
	and    $0x2,%r9d
	test   %r9d,%eax
	je     .L4
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	movq   %rcx,%xmm0
.L1:
	movq   %rax,%xmm1
.L2:
	mulsd  %xmm0,%xmm1
	movq   %xmm1,%r8
	rol    $0x4,%r8
	add    $0x3,%r8
	test   $0x2,%r8b
	je     .L7
.L3:
	movzwl 0x8(%rdi),%eax
	mov    %r8,(%rsi,%rax,8)
	mov    0x10(%rdi),%rax
	add    $0x10,%rdi
	jmp    *%rax
.L4:
	lea    -0x1(%rcx),%r8
	lea    -0x1(%rax),%r10d
	mov    %r8d,%r11d
	or     %r10d,%r11d
	test   $0x3,%r11b
	je     .L5
	mov    %ecx,%r8d
	and    $0x3,%r8d
	cmp    $0x1,%r8d
	jne    .L6
	mov    %eax,%r8d
	and    $0x2,%r8d
	je     .L6
	sar    $0x2,%rcx
	cvtsi2sd %rcx,%xmm0
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	jmp    .L1
.L5:
	sar    $0x2,%rax
	imul   %rax,%r8
	jo     .L7
	or     $0x1,%r8
	jmp    .L3
.L6:
	test   %r9,%r9
	je     .L7
	mov    %eax,%r8d
	and    $0x3,%r8d
	cmp    $0x1,%r8d
	jne    .L7
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	sar    $0x2,%rax
	cvtsi2sd %rax,%xmm1
	movq   %rcx,%xmm0
	jmp    .L2
.L7:
	jmp    *(%rip)        # GOT: tauraro::vm::handlers::arith::binary_slow_h::h
