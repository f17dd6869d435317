# fused::add_loop_for_nc::nc  (tauraro::vm::handlers::fused::add_loop_for_nc::nc::h)
# 63 instructions; regenerate with asm/dump.sh
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	movzwl 0xc(%rdi),%ecx
	mov    (%rsi,%rcx,8),%r8
	lea    -0x1(%rax),%r9d
	lea    -0x1(%r8),%rcx
	or     %ecx,%r9d
	test   $0x3,%r9b
	je     .L2
	mov    %eax,%r9d
	and    %r8d,%r9d
	mov    (%rip),%rcx        # GOT: tauraro::vm::handlers::arith::add::h
	test   $0x2,%r9b
	je     .L1
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	add    $0xfffffffffffffffd,%r8
	rol    $0x3c,%r8
	movq   %rax,%xmm0
	movq   %r8,%xmm1
	addsd  %xmm0,%xmm1
	movq   %xmm1,%rax
	rol    $0x4,%rax
	add    $0x3,%rax
	test   $0x2,%al
	jne    .L3
.L1:
	jmp    *%rcx
.L2:
	add    %rcx,%rax
	jo     .L7
.L3:
	movzwl 0x8(%rdi),%ecx
	mov    %rax,(%rsi,%rcx,8)
	lea    0x10(%rdi),%rax
	mov    0x110(%rdx),%rcx
	cmp    0x118(%rdx),%rcx
	jae    .L5
	movslq 0x1c(%rdi),%rcx
	shl    $0x4,%rcx
	lea    (%rax,%rcx,1),%rdi
	movzwl 0x8(%rax,%rcx,1),%eax
	mov    (%rsi,%rax,8),%rcx
	test   $0x1,%cl
	je     .L4
	cmp    0x8(%rsi,%rax,8),%rcx
	jge    .L6
	movzwl 0xa(%rdi),%r8d
	mov    %rcx,(%rsi,%r8,8)
	mov    0x10(%rsi,%rax,8),%r8
	add    %r8,%rcx
	dec    %rcx
	mov    %rcx,(%rsi,%rax,8)
	add    $0x10,%rdi
.L4:
	mov    (%rdi),%rax
	jmp    *%rax
.L5:
	mov    (%rip),%rcx        # GOT: tauraro::vm::handlers::control::loop_gc_nc::h
	mov    %rax,%rdi
	jmp    *%rcx
.L6:
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	add    %rax,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
.L7:
	mov    (%rip),%rcx        # GOT: tauraro::vm::handlers::arith::add::h
	jmp    *%rcx
