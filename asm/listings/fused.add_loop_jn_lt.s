# fused::add_loop_jn_lt  (tauraro::vm::handlers::fused::add_loop_jn_lt::h)
# 96 instructions; regenerate with asm/dump.sh
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
	jae    .L3
	mov    0x18(%rdi),%ecx
	mov    %ecx,%r8d
	dec    %ecx
	mov    %cx,0x18(%rdi)
	cmp    $0x2,%r8w
	jge    .L5
	mov    (%rip),%r8        # GOT: tauraro::vm::handlers::fused::add_loop_jn_lt_nc::count::h
	jmp    *%r8
.L3:
	mov    (%rip),%r8        # GOT: tauraro::vm::handlers::control::loop_gc::h
	mov    %rax,%rdi
	jmp    *%r8
.L4:
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
.L5:
	movslq 0x1c(%rdi),%r8
	shl    $0x4,%r8
	lea    (%rax,%r8,1),%rdi
	movzwl 0x8(%rax,%r8,1),%ecx
	mov    (%rsi,%rcx,8),%rcx
	movzwl 0xa(%rax,%r8,1),%eax
	mov    (%rsi,%rax,8),%rax
	lea    -0x1(%rcx),%r8d
	lea    -0x1(%rax),%r9d
	or     %r8d,%r9d
	test   $0x3,%r9b
	je     .L10
	mov    (%rdi),%rax
	jmp    *%rax
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
	cmp    %rax,%rcx
	jge    .L11
	add    $0x10,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
.L11:
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	add    %rax,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
