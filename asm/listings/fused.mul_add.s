# fused::mul_add  (tauraro::vm::handlers::fused::mul_add::h)
# 125 instructions; regenerate with asm/dump.sh
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
	jo     .L5
	or     $0x1,%r8
	jmp    .L6
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
	mov    (%rip),%r9        # GOT: tauraro::vm::handlers::arith::mul::h
	test   %r8,%r8
	je     .L14
	mov    %eax,%r8d
	and    $0x3,%r8d
	cmp    $0x1,%r8d
	jne    .L14
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
	jne    .L6
.L5:
	mov    (%rip),%r9        # GOT: tauraro::vm::handlers::arith::mul::h
	jmp    *%r9
.L6:
	movzwl 0x8(%rdi),%eax
	mov    %r8,(%rsi,%rax,8)
	lea    0x10(%rdi),%rax
	movzwl 0x1a(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rcx
	movzwl 0x1c(%rdi),%r8d
	mov    (%rsi,%r8,8),%r8
	lea    -0x1(%rcx),%r10d
	lea    -0x1(%r8),%r9
	or     %r9d,%r10d
	test   $0x3,%r10b
	je     .L7
	mov    %ecx,%r10d
	and    $0x2,%r10d
	test   %r10d,%r8d
	je     .L9
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	add    $0xfffffffffffffffd,%r8
	rol    $0x3c,%r8
	jmp    .L11
.L7:
	add    %r9,%rcx
	jo     .L12
.L8:
	movzwl 0x18(%rdi),%eax
	mov    %rcx,(%rsi,%rax,8)
	mov    0x20(%rdi),%rax
	add    $0x20,%rdi
	jmp    *%rax
.L9:
	mov    %ecx,%r9d
	and    $0x3,%r9d
	cmp    $0x1,%r9d
	jne    .L10
	mov    %r8d,%r9d
	and    $0x2,%r9d
	je     .L10
	sar    $0x2,%rcx
	xorps  %xmm0,%xmm0
	cvtsi2sd %rcx,%xmm0
	add    $0xfffffffffffffffd,%r8
	rol    $0x3c,%r8
	movq   %xmm0,%rcx
	jmp    .L11
.L10:
	mov    (%rip),%r9        # GOT: tauraro::vm::handlers::arith::binary_slow_h::h
	test   %r10,%r10
	je     .L13
	mov    %r8d,%r10d
	and    $0x3,%r10d
	cmp    $0x1,%r10d
	jne    .L13
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	sar    $0x2,%r8
	xorps  %xmm0,%xmm0
	cvtsi2sd %r8,%xmm0
	movq   %xmm0,%r8
.L11:
	movq   %rcx,%xmm0
	movq   %r8,%xmm1
	addsd  %xmm0,%xmm1
	movq   %xmm1,%rcx
	rol    $0x4,%rcx
	add    $0x3,%rcx
	test   $0x2,%cl
	jne    .L8
.L12:
	mov    (%rip),%r9        # GOT: tauraro::vm::handlers::arith::binary_slow_h::h
.L13:
	mov    %rax,%rdi
.L14:
	jmp    *%r9
