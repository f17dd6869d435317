# fused::add_add_loop_jn_lt_nc::tight  (tauraro::vm::handlers::fused::add_add_loop_jn_lt_nc::tight::h)
# 151 instructions; regenerate with asm/dump.sh
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
	je     .L5
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	jmp    .L10
.L1:
	add    %r8,%rax
	jo     .L11
.L2:
	movzwl 0x8(%rdi),%ecx
	mov    %rax,(%rsi,%rcx,8)
	lea    0x10(%rdi),%rax
	movzwl 0x1a(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rcx
	movzwl 0x1c(%rdi),%r8d
	mov    (%rsi,%r8,8),%r8
	lea    -0x1(%rcx),%r10d
	lea    -0x1(%r8),%r9
	or     %r9d,%r10d
	test   $0x3,%r10b
	je     .L3
	mov    %ecx,%r10d
	and    $0x2,%r10d
	test   %r10d,%r8d
	je     .L8
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	add    $0xfffffffffffffffd,%r8
	rol    $0x3c,%r8
	jmp    .L14
.L3:
	add    %r9,%rcx
	jo     .L15
.L4:
	movzwl 0x18(%rdi),%eax
	mov    %rcx,(%rsi,%rax,8)
	mov    0x110(%rdx),%rax
	cmp    0x118(%rdx),%rax
	jae    .L6
	lea    -0x10(%rdi),%rax
	movzwl -0x8(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rcx
	movzwl -0x6(%rdi),%r8d
	mov    (%rsi,%r8,8),%r8
	lea    -0x1(%rcx),%r9d
	lea    -0x1(%r8),%r10d
	or     %r9d,%r10d
	test   $0x3,%r10b
	je     .L12
	mov    (%rax),%rcx
	mov    %rax,%rdi
	jmp    *%rcx
.L5:
	mov    %eax,%r9d
	and    $0x3,%r9d
	cmp    $0x1,%r9d
	jne    .L9
	mov    %ecx,%r9d
	and    $0x2,%r9d
	je     .L9
	sar    $0x2,%rax
	cvtsi2sd %rax,%xmm0
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	movq   %xmm0,%rax
	jmp    .L10
.L6:
	add    $0x20,%rdi
	mov    (%rip),%r9        # GOT: tauraro::vm::handlers::control::loop_gc_nc::h
.L7:
	jmp    *%r9
.L8:
	mov    %ecx,%r9d
	and    $0x3,%r9d
	cmp    $0x1,%r9d
	jne    .L13
	mov    %r8d,%r9d
	and    $0x2,%r9d
	je     .L13
	sar    $0x2,%rcx
	xorps  %xmm0,%xmm0
	cvtsi2sd %rcx,%xmm0
	add    $0xfffffffffffffffd,%r8
	rol    $0x3c,%r8
	movq   %xmm0,%rcx
	jmp    .L14
.L9:
	mov    (%rip),%r9        # GOT: tauraro::vm::handlers::arith::add::h
	test   %r8,%r8
	je     .L7
	mov    %ecx,%r8d
	and    $0x3,%r8d
	cmp    $0x1,%r8d
	jne    .L7
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	sar    $0x2,%rcx
	cvtsi2sd %rcx,%xmm0
	movq   %xmm0,%rcx
.L10:
	movq   %rax,%xmm0
	movq   %rcx,%xmm1
	addsd  %xmm0,%xmm1
	movq   %xmm1,%rax
	rol    $0x4,%rax
	add    $0x3,%rax
	test   $0x2,%al
	jne    .L2
.L11:
	mov    (%rip),%r9        # GOT: tauraro::vm::handlers::arith::add::h
	jmp    *%r9
.L12:
	cmp    %r8,%rcx
	jge    .L16
	mov    %rdi,%rax
	mov    (%rax),%rcx
	mov    %rax,%rdi
	jmp    *%rcx
.L13:
	mov    (%rip),%r9        # GOT: tauraro::vm::handlers::arith::add::h
	test   %r10,%r10
	je     .L17
	mov    %r8d,%r10d
	and    $0x3,%r10d
	cmp    $0x1,%r10d
	jne    .L17
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	sar    $0x2,%r8
	xorps  %xmm0,%xmm0
	cvtsi2sd %r8,%xmm0
	movq   %xmm0,%r8
.L14:
	movq   %rcx,%xmm0
	movq   %r8,%xmm1
	addsd  %xmm0,%xmm1
	movq   %xmm1,%rcx
	rol    $0x4,%rcx
	add    $0x3,%rcx
	test   $0x2,%cl
	jne    .L4
.L15:
	mov    (%rip),%r9        # GOT: tauraro::vm::handlers::arith::add::h
	mov    %rax,%rdi
	jmp    *%r9
.L16:
	movslq -0x4(%rdi),%rcx
	shl    $0x4,%rcx
	add    %rcx,%rax
	mov    (%rax),%rcx
	mov    %rax,%rdi
	jmp    *%rcx
.L17:
	mov    %rax,%rdi
	jmp    *%r9
