# fused::add_loop_for  (tauraro::vm::handlers::fused::add_loop_for::h)
# 95 instructions; regenerate with asm/dump.sh
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
	je     .L4
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	jmp    .L8
.L1:
	add    %r8,%rax
	jo     .L9
.L2:
	movzwl 0x8(%rdi),%ecx
	mov    %rax,(%rsi,%rcx,8)
	lea    0x10(%rdi),%rax
	mov    0x110(%rdx),%rcx
	cmp    0x118(%rdx),%rcx
	jae    .L3
	mov    0x18(%rdi),%ecx
	mov    %ecx,%r8d
	dec    %ecx
	mov    %cx,0x18(%rdi)
	cmp    $0x2,%r8w
	jge    .L5
	mov    (%rip),%r8        # GOT: tauraro::vm::handlers::fused::add_loop_for_nc::count::h
	jmp    *%r8
.L3:
	mov    (%rip),%r8        # GOT: tauraro::vm::handlers::control::loop_gc::h
	mov    %rax,%rdi
	jmp    *%r8
.L4:
	mov    %eax,%r8d
	and    $0x3,%r8d
	cmp    $0x1,%r8d
	jne    .L7
	mov    %ecx,%r8d
	and    $0x2,%r8d
	je     .L7
	sar    $0x2,%rax
	cvtsi2sd %rax,%xmm0
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	movq   %xmm0,%rax
	jmp    .L8
.L5:
	movslq 0x1c(%rdi),%rcx
	shl    $0x4,%rcx
	lea    (%rax,%rcx,1),%rdi
	movzwl 0x8(%rax,%rcx,1),%eax
	mov    (%rsi,%rax,8),%rcx
	test   $0x1,%cl
	je     .L6
	cmp    0x8(%rsi,%rax,8),%rcx
	jge    .L11
	movzwl 0xa(%rdi),%r8d
	mov    %rcx,(%rsi,%r8,8)
	mov    0x10(%rsi,%rax,8),%r8
	add    %r8,%rcx
	dec    %rcx
	mov    %rcx,(%rsi,%rax,8)
	add    $0x10,%rdi
.L6:
	mov    (%rdi),%rax
	jmp    *%rax
.L7:
	mov    (%rip),%r8        # GOT: tauraro::vm::handlers::arith::add::h
	test   %r9,%r9
	je     .L10
	mov    %ecx,%r9d
	and    $0x3,%r9d
	cmp    $0x1,%r9d
	jne    .L10
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	sar    $0x2,%rcx
	cvtsi2sd %rcx,%xmm0
	movq   %xmm0,%rcx
.L8:
	movq   %rax,%xmm0
	movq   %rcx,%xmm1
	addsd  %xmm0,%xmm1
	movq   %xmm1,%rax
	rol    $0x4,%rax
	add    $0x3,%rax
	test   $0x2,%al
	jne    .L2
.L9:
	mov    (%rip),%r8        # GOT: tauraro::vm::handlers::arith::add::h
.L10:
	jmp    *%r8
.L11:
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	add    %rax,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
