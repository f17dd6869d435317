# fused::mul_addf_loop_for_nc::tight  (tauraro::vm::handlers::fused::mul_addf_loop_for_nc::tight::h)
# 157 instructions; regenerate with asm/dump.sh
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%rcx
	movzwl 0xc(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	mov    %ecx,%r9d
	and    $0x2,%r9d
	test   %r9d,%eax
	je     .L1
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	movq   %rcx,%xmm0
	movq   %rax,%xmm1
	mulsd  %xmm0,%xmm1
	movq   %xmm1,%r8
	rol    $0x4,%r8
	add    $0x3,%r8
	test   $0x2,%r8b
	jne    .L6
	jmp    .L5
.L1:
	lea    -0x1(%rcx),%r8
	lea    -0x1(%rax),%r10d
	mov    %r8d,%r11d
	or     %r10d,%r11d
	test   $0x3,%r11b
	je     .L2
	mov    %ecx,%r8d
	and    $0x3,%r8d
	cmp    $0x1,%r8d
	jne    .L3
	mov    %eax,%r8d
	and    $0x2,%r8d
	je     .L3
	sar    $0x2,%rcx
	cvtsi2sd %rcx,%xmm0
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	movq   %rax,%xmm1
	jmp    .L4
.L2:
	sar    $0x2,%rax
	imul   %rax,%r8
	jo     .L5
	or     $0x1,%r8
	jmp    .L6
.L3:
	mov    (%rip),%r8        # GOT: tauraro::vm::handlers::arith::mul::h
	test   %r9,%r9
	je     .L14
	mov    %eax,%r9d
	and    $0x3,%r9d
	cmp    $0x1,%r9d
	jne    .L14
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	sar    $0x2,%rax
	cvtsi2sd %rax,%xmm1
	movq   %rcx,%xmm0
.L4:
	mulsd  %xmm1,%xmm0
	movq   %xmm0,%r8
	rol    $0x4,%r8
	add    $0x3,%r8
	test   $0x2,%r8b
	jne    .L6
.L5:
	mov    (%rip),%r8        # GOT: tauraro::vm::handlers::arith::mul::h
	jmp    *%r8
.L6:
	movzwl 0x8(%rdi),%eax
	mov    %r8,(%rsi,%rax,8)
	lea    0x10(%rdi),%rax
	movzwl 0x1a(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rcx
	movzwl 0x1c(%rdi),%r8d
	mov    (%rsi,%r8,8),%r9
	mov    %ecx,%r10d
	and    $0x2,%r10d
	test   %r10d,%r9d
	je     .L10
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	add    $0xfffffffffffffffd,%r9
	rol    $0x3c,%r9
	movq   %rcx,%xmm0
.L7:
	movq   %r9,%xmm1
.L8:
	addsd  %xmm0,%xmm1
	movq   %xmm1,%rcx
	rol    $0x4,%rcx
	add    $0x3,%rcx
	test   $0x2,%cl
	jne    .L12
.L9:
	mov    (%rip),%r8        # GOT: tauraro::vm::handlers::arith::add::h
	mov    %rax,%rdi
	jmp    *%r8
.L10:
	lea    -0x1(%rcx),%r11d
	lea    -0x1(%r9),%r8
	or     %r8d,%r11d
	test   $0x3,%r11b
	je     .L11
	mov    %ecx,%r8d
	and    $0x3,%r8d
	cmp    $0x1,%r8d
	jne    .L16
	mov    %r9d,%r8d
	and    $0x2,%r8d
	je     .L16
	sar    $0x2,%rcx
	xorps  %xmm0,%xmm0
	cvtsi2sd %rcx,%xmm0
	add    $0xfffffffffffffffd,%r9
	rol    $0x3c,%r9
	jmp    .L7
.L11:
	add    %r8,%rcx
	jo     .L9
.L12:
	movzwl 0x18(%rdi),%eax
	mov    %rcx,(%rsi,%rax,8)
	mov    0x110(%rdx),%rax
	cmp    0x118(%rdx),%rax
	jae    .L13
	movzwl -0x8(%rdi),%eax
	mov    (%rsi,%rax,8),%rcx
	test   $0x1,%cl
	jne    .L15
	mov    (%rip),%r8        # GOT: tauraro::vm::handlers::fused::mul_addf_loop_for_nc::deopt::h
	jmp    *%r8
.L13:
	add    $0x20,%rdi
	mov    (%rip),%r8        # GOT: tauraro::vm::handlers::control::loop_gc_nc::h
.L14:
	jmp    *%r8
.L15:
	cmp    0x8(%rsi,%rax,8),%rcx
	jge    .L17
	movzwl -0x6(%rdi),%r8d
	mov    %rcx,(%rsi,%r8,8)
	mov    0x10(%rsi,%rax,8),%r8
	add    %r8,%rcx
	dec    %rcx
	mov    %rcx,(%rsi,%rax,8)
	mov    (%rdi),%rax
	jmp    *%rax
.L16:
	mov    (%rip),%r8        # GOT: tauraro::vm::handlers::arith::add::h
	test   %r10,%r10
	je     .L18
	mov    %r9d,%r10d
	and    $0x3,%r10d
	cmp    $0x1,%r10d
	jne    .L18
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	sar    $0x2,%r9
	xorps  %xmm1,%xmm1
	cvtsi2sd %r9,%xmm1
	movq   %rcx,%xmm0
	jmp    .L8
.L17:
	movslq -0x4(%rdi),%rax
	shl    $0x4,%rax
	add    %rax,%rdi
	add    $0xfffffffffffffff0,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
.L18:
	mov    %rax,%rdi
	jmp    *%r8
