# arith::sub  (tauraro::vm::handlers::arith::sub::h)
# 33 instructions; regenerate with asm/dump.sh
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	movzwl 0xc(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rcx
	lea    -0x1(%rax),%r9d
	lea    -0x1(%rcx),%r8
	or     %r8d,%r9d
	test   $0x3,%r9b
	je     .L2
	mov    %eax,%r8d
	and    %ecx,%r8d
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
.L1:
	movzwl 0x8(%rdi),%ecx
	mov    %rax,(%rsi,%rcx,8)
	mov    0x10(%rdi),%rax
	add    $0x10,%rdi
	jmp    *%rax
.L2:
	sub    %r8,%rax
	jno    .L1
.L3:
	jmp    *(%rip)        # GOT: tauraro::vm::handlers::arith::binary_slow_h::h
