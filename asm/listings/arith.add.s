# arith::add  (tauraro::vm::handlers::arith::add::h)
# 59 instructions; regenerate with asm/dump.sh
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	movzwl 0xc(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rcx
	lea    -0x1(%rax),%r9d
	lea    -0x1(%rcx),%r8
	or     %r8d,%r9d
	test   $0x3,%r9b
	je     .L1
	mov    %eax,%r8d
	and    $0x2,%r8d
	test   %r8d,%ecx
	je     .L2
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	jmp    .L4
.L1:
	add    %r8,%rax
	jno    .L5
	jmp    .L6
.L2:
	mov    %eax,%r9d
	and    $0x3,%r9d
	cmp    $0x1,%r9d
	jne    .L3
	mov    %ecx,%r9d
	and    $0x2,%r9d
	je     .L3
	sar    $0x2,%rax
	cvtsi2sd %rax,%xmm0
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	movq   %xmm0,%rax
	jmp    .L4
.L3:
	test   %r8,%r8
	je     .L6
	mov    %ecx,%r8d
	and    $0x3,%r8d
	cmp    $0x1,%r8d
	jne    .L6
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	sar    $0x2,%rcx
	cvtsi2sd %rcx,%xmm0
	movq   %xmm0,%rcx
.L4:
	movq   %rax,%xmm0
	movq   %rcx,%xmm1
	addsd  %xmm0,%xmm1
	movq   %xmm1,%rax
	rol    $0x4,%rax
	add    $0x3,%rax
	test   $0x2,%al
	je     .L6
.L5:
	movzwl 0x8(%rdi),%ecx
	mov    %rax,(%rsi,%rcx,8)
	mov    0x10(%rdi),%rax
	add    $0x10,%rdi
	jmp    *%rax
.L6:
	jmp    *(%rip)        # GOT: tauraro::vm::handlers::arith::binary_slow_h::h
