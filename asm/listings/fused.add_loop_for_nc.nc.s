# fused::add_loop_for_nc::nc  (tauraro::vm::handlers::fused::add_loop_for_nc::nc::h)
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
	je     .L5
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	jmp    .L7
.L1:
	add    %r8,%rax
	jo     .L8
.L2:
	movzwl 0x8(%rdi),%ecx
	mov    %rax,(%rsi,%rcx,8)
	lea    0x10(%rdi),%rax
	mov    0x110(%rdx),%rcx
	cmp    0x118(%rdx),%rcx
	jae    .L4
	movslq 0x1c(%rdi),%rcx
	shl    $0x4,%rcx
	lea    (%rax,%rcx,1),%rdi
	movzwl 0x8(%rax,%rcx,1),%eax
	mov    (%rsi,%rax,8),%rcx
	test   $0x1,%cl
	je     .L3
	cmp    0x8(%rsi,%rax,8),%rcx
	jge    .L10
	movzwl 0xa(%rdi),%r8d
	mov    %rcx,(%rsi,%r8,8)
	mov    0x10(%rsi,%rax,8),%r8
	add    %r8,%rcx
	dec    %rcx
	mov    %rcx,(%rsi,%rax,8)
	add    $0x10,%rdi
.L3:
	mov    (%rdi),%rax
	jmp    *%rax
.L4:
	mov    (%rip),%r8        # GOT: tauraro::vm::handlers::control::loop_gc_nc::h
	mov    %rax,%rdi
	jmp    *%r8
.L5:
	mov    %eax,%r8d
	and    $0x3,%r8d
	cmp    $0x1,%r8d
	jne    .L6
	mov    %ecx,%r8d
	and    $0x2,%r8d
	je     .L6
	sar    $0x2,%rax
	cvtsi2sd %rax,%xmm0
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	movq   %xmm0,%rax
	jmp    .L7
.L6:
	mov    (%rip),%r8        # GOT: tauraro::vm::handlers::arith::add::h
	test   %r9,%r9
	je     .L9
	mov    %ecx,%r9d
	and    $0x3,%r9d
	cmp    $0x1,%r9d
	jne    .L9
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	sar    $0x2,%rcx
	cvtsi2sd %rcx,%xmm0
	movq   %xmm0,%rcx
.L7:
	movq   %rax,%xmm0
	movq   %rcx,%xmm1
	addsd  %xmm0,%xmm1
	movq   %xmm1,%rax
	rol    $0x4,%rax
	add    $0x3,%rax
	test   $0x2,%al
	jne    .L2
.L8:
	mov    (%rip),%r8        # GOT: tauraro::vm::handlers::arith::add::h
.L9:
	jmp    *%r8
.L10:
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	add    %rax,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
