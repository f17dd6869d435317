# fused::mul_add  (tauraro::vm::handlers::fused::mul_add::h)
# 75 instructions; regenerate with asm/dump.sh
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%r9
	movzwl 0xc(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	lea    -0x1(%r9),%r8
	lea    -0x1(%rax),%ecx
	mov    %r8d,%r10d
	or     %ecx,%r10d
	test   $0x3,%r10b
	je     .L1
	mov    %r9d,%r8d
	and    %eax,%r8d
	mov    (%rip),%rcx        # GOT: tauraro::vm::handlers::arith::mul::h
	test   $0x2,%r8b
	je     .L4
	add    $0xfffffffffffffffd,%r9
	rol    $0x3c,%r9
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	movq   %r9,%xmm0
	movq   %rax,%xmm1
	mulsd  %xmm0,%xmm1
	movq   %xmm1,%r8
	rol    $0x4,%r8
	add    $0x3,%r8
	test   $0x2,%r8b
	jne    .L2
	jmp    *%rcx
.L1:
	sar    $0x2,%rax
	imul   %rax,%r8
	jo     .L7
	or     $0x1,%r8
.L2:
	movzwl 0x8(%rdi),%eax
	mov    %r8,(%rsi,%rax,8)
	lea    0x10(%rdi),%rax
	movzwl 0x1a(%rdi),%ecx
	mov    (%rsi,%rcx,8),%r8
	movzwl 0x1c(%rdi),%ecx
	mov    (%rsi,%rcx,8),%r9
	lea    -0x1(%r8),%r10d
	lea    -0x1(%r9),%rcx
	or     %ecx,%r10d
	test   $0x3,%r10b
	je     .L5
	mov    %r8d,%r10d
	and    %r9d,%r10d
	mov    (%rip),%rcx        # GOT: tauraro::vm::handlers::arith::binary_slow_h::h
	test   $0x2,%r10b
	je     .L3
	add    $0xfffffffffffffffd,%r8
	rol    $0x3c,%r8
	add    $0xfffffffffffffffd,%r9
	rol    $0x3c,%r9
	movq   %r8,%xmm0
	movq   %r9,%xmm1
	addsd  %xmm0,%xmm1
	movq   %xmm1,%r8
	rol    $0x4,%r8
	add    $0x3,%r8
	test   $0x2,%r8b
	jne    .L6
.L3:
	mov    %rax,%rdi
.L4:
	jmp    *%rcx
.L5:
	add    %rcx,%r8
	jo     .L8
.L6:
	movzwl 0x18(%rdi),%eax
	mov    %r8,(%rsi,%rax,8)
	mov    0x20(%rdi),%rax
	add    $0x20,%rdi
	jmp    *%rax
.L7:
	mov    (%rip),%rcx        # GOT: tauraro::vm::handlers::arith::mul::h
	jmp    *%rcx
.L8:
	mov    (%rip),%rcx        # GOT: tauraro::vm::handlers::arith::binary_slow_h::h
	mov    %rax,%rdi
	jmp    *%rcx
