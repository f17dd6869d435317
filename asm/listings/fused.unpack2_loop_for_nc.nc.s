# fused::unpack2_loop_for_nc::nc  (tauraro::vm::handlers::fused::unpack2_loop_for_nc::nc::h)
# 56 instructions; regenerate with asm/dump.sh
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%rcx
	test   $0x3,%cl
	setne  %al
	test   %rcx,%rcx
	sete   %r8b
	or     %al,%r8b
	mov    (%rip),%rax        # GOT: tauraro::vm::handlers::containers::unpack_seq::h
	jne    .L5
	movzbl 0x8(%rcx),%r8d
	cmp    $0x7,%r8d
	je     .L1
	cmp    $0x8,%r8d
	jne    .L5
	cmpl   $0x2,0xc(%rcx)
	jne    .L5
	add    $0x10,%rcx
	jmp    .L2
.L1:
	cmpq   $0x2,0x20(%rcx)
	jne    .L5
	mov    0x18(%rcx),%rcx
.L2:
	movzwl 0x8(%rdi),%eax
	mov    (%rcx),%r8
	mov    %r8,(%rsi,%rax,8)
	mov    0x8(%rcx),%rcx
	mov    %rcx,0x8(%rsi,%rax,8)
	lea    0x10(%rdi),%rcx
	mov    0x110(%rdx),%rax
	cmp    0x118(%rdx),%rax
	jae    .L4
	movslq 0x1c(%rdi),%rax
	shl    $0x4,%rax
	lea    (%rcx,%rax,1),%rdi
	movzwl 0x8(%rcx,%rax,1),%eax
	mov    (%rsi,%rax,8),%rcx
	test   $0x1,%cl
	je     .L3
	cmp    0x8(%rsi,%rax,8),%rcx
	jge    .L6
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
	mov    (%rip),%rax        # GOT: tauraro::vm::handlers::control::loop_gc_nc::h
	mov    %rcx,%rdi
.L5:
	jmp    *%rax
.L6:
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	add    %rax,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
