# fused::get_item_loop_for_nc::nc  (tauraro::vm::handlers::fused::get_item_loop_for_nc::nc::h)
# 63 instructions; regenerate with asm/dump.sh
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%rcx
	test   $0x3,%cl
	setne  %al
	test   %rcx,%rcx
	sete   %r8b
	or     %al,%r8b
	mov    (%rip),%rax        # GOT: tauraro::vm::handlers::quick::generic_get_item::h
	jne    .L5
	movzwl 0xc(%rdi),%r8d
	mov    (%rsi,%r8,8),%r8
	movzbl 0x8(%rcx),%r9d
	cmp    $0x8,%r9d
	je     .L1
	cmp    $0x7,%r9d
	jne    .L5
	xor    $0x1,%r8
	rol    $0x3e,%r8
	cmp    0x20(%rcx),%r8
	jae    .L5
	shl    $0x3,%r8
	add    0x18(%rcx),%r8
	jmp    .L2
.L1:
	mov    0xc(%rcx),%r9d
	xor    $0x1,%r8
	rol    $0x3e,%r8
	cmp    %r9,%r8
	jae    .L5
	lea    (%rcx,%r8,8),%r8
	add    $0x10,%r8
.L2:
	mov    (%r8),%rax
	movzwl 0x8(%rdi),%ecx
	mov    %rax,(%rsi,%rcx,8)
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
