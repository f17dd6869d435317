# fused::add_loop_for_nc::tight  (tauraro::vm::handlers::fused::add_loop_for_nc::tight::h)
# 87 instructions; regenerate with asm/dump.sh
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	movzwl 0xc(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rcx
	lea    -0x1(%rax),%r9d
	lea    -0x1(%rcx),%r8
	or     %r8d,%r9d
	test   $0x3,%r9b
	je     .L1
	mov    %eax,%r9d
	and    $0x2,%r9d
	test   %r9d,%ecx
	je     .L2
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	jmp    .L4
.L1:
	add    %r8,%rax
	jno    .L5
	mov    (%rip),%r8        # GOT: tauraro::vm::handlers::arith::add::h
	jmp    *%r8
.L2:
	mov    %eax,%r8d
	and    $0x3,%r8d
	cmp    $0x1,%r8d
	jne    .L3
	mov    %ecx,%r8d
	and    $0x2,%r8d
	je     .L3
	sar    $0x2,%rax
	cvtsi2sd %rax,%xmm0
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	movq   %xmm0,%rax
	jmp    .L4
.L3:
	mov    (%rip),%r8        # GOT: tauraro::vm::handlers::arith::add::h
	test   %r9,%r9
	je     .L7
	mov    %ecx,%r9d
	and    $0x3,%r9d
	cmp    $0x1,%r9d
	jne    .L7
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
	jne    .L5
	mov    (%rip),%r8        # GOT: tauraro::vm::handlers::arith::add::h
	jmp    *%r8
.L5:
	movzwl 0x8(%rdi),%ecx
	mov    %rax,(%rsi,%rcx,8)
	mov    0x110(%rdx),%rax
	cmp    0x118(%rdx),%rax
	jae    .L6
	movzwl -0x8(%rdi),%eax
	mov    (%rsi,%rax,8),%rcx
	test   $0x1,%cl
	jne    .L8
	mov    (%rip),%r8        # GOT: tauraro::vm::handlers::fused::add_loop_for_nc::deopt::h
	jmp    *%r8
.L6:
	add    $0x10,%rdi
	mov    (%rip),%r8        # GOT: tauraro::vm::handlers::control::loop_gc_nc::h
.L7:
	jmp    *%r8
.L8:
	cmp    0x8(%rsi,%rax,8),%rcx
	jge    .L9
	movzwl -0x6(%rdi),%r8d
	mov    %rcx,(%rsi,%r8,8)
	mov    0x10(%rsi,%rax,8),%r8
	add    %r8,%rcx
	dec    %rcx
	mov    %rcx,(%rsi,%rax,8)
	mov    (%rdi),%rax
	jmp    *%rax
.L9:
	movslq -0x4(%rdi),%rax
	shl    $0x4,%rax
	add    %rax,%rdi
	add    $0xfffffffffffffff0,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
