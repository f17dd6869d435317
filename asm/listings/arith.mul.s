# arith::mul  (tauraro::vm::handlers::arith::mul::h)
# 36 instructions; regenerate with asm/dump.sh
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%r8
	movzwl 0xc(%rdi),%eax
	mov    (%rsi,%rax,8),%rcx
	lea    -0x1(%r8),%rax
	lea    -0x1(%rcx),%r9d
	mov    %eax,%r10d
	or     %r9d,%r10d
	test   $0x3,%r10b
	je     .L2
	mov    %r8d,%eax
	and    %ecx,%eax
	test   $0x2,%al
	je     .L1
	add    $0xfffffffffffffffd,%r8
	rol    $0x3c,%r8
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	movq   %r8,%xmm0
	movq   %rcx,%xmm1
	mulsd  %xmm0,%xmm1
	movq   %xmm1,%rax
	rol    $0x4,%rax
	add    $0x3,%rax
	test   $0x2,%al
	jne    .L3
.L1:
	jmp    *(%rip)        # GOT: tauraro::vm::handlers::arith::binary_slow_h::h
.L2:
	sar    $0x2,%rcx
	imul   %rcx,%rax
	jo     .L1
	or     $0x1,%rax
.L3:
	movzwl 0x8(%rdi),%ecx
	mov    %rax,(%rsi,%rcx,8)
	mov    0x10(%rdi),%rax
	add    $0x10,%rdi
	jmp    *%rax
