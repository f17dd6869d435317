# fused::set_item_get_item_loop_for_nc::nc  (tauraro::vm::handlers::fused::set_item_get_item_loop_for_nc::nc::h)
# 86 instructions; regenerate with asm/dump.sh
	movzwl 0x8(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	test   $0x3,%al
	setne  %cl
	test   %rax,%rax
	sete   %r8b
	or     %cl,%r8b
	mov    (%rip),%rcx        # GOT: tauraro::vm::handlers::quick::generic_set_item::h
	jne    .L1
	cmpb   $0x7,0x8(%rax)
	jne    .L1
	movzwl 0xa(%rdi),%r8d
	mov    (%rsi,%r8,8),%r8
	xor    $0x1,%r8
	rol    $0x3e,%r8
	cmp    0x20(%rax),%r8
	jae    .L1
	movzwl 0xc(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rcx
	mov    0x18(%rax),%rax
	mov    %rcx,(%rax,%r8,8)
	lea    0x10(%rdi),%rax
	movzwl 0x1a(%rdi),%ecx
	mov    (%rsi,%rcx,8),%r8
	test   $0x3,%r8b
	setne  %cl
	test   %r8,%r8
	sete   %r9b
	or     %cl,%r9b
	mov    (%rip),%rcx        # GOT: tauraro::vm::handlers::quick::generic_get_item::h
	jne    .L6
	movzwl 0x1c(%rdi),%r9d
	mov    (%rsi,%r9,8),%r9
	movzbl 0x8(%r8),%r10d
	cmp    $0x8,%r10d
	je     .L2
	cmp    $0x7,%r10d
	jne    .L6
	xor    $0x1,%r9
	rol    $0x3e,%r9
	cmp    0x20(%r8),%r9
	jae    .L6
	shl    $0x3,%r9
	add    0x18(%r8),%r9
	jmp    .L3
.L1:
	jmp    *%rcx
.L2:
	mov    0xc(%r8),%r10d
	xor    $0x1,%r9
	rol    $0x3e,%r9
	cmp    %r10,%r9
	jae    .L6
	lea    (%r8,%r9,8),%r9
	add    $0x10,%r9
.L3:
	mov    (%r9),%rax
	movzwl 0x18(%rdi),%ecx
	mov    %rax,(%rsi,%rcx,8)
	lea    0x20(%rdi),%rax
	mov    0x110(%rdx),%rcx
	cmp    0x118(%rdx),%rcx
	jae    .L5
	movslq 0x2c(%rdi),%rcx
	shl    $0x4,%rcx
	lea    (%rax,%rcx,1),%rdi
	movzwl 0x8(%rax,%rcx,1),%eax
	mov    (%rsi,%rax,8),%rcx
	test   $0x1,%cl
	je     .L4
	cmp    0x8(%rsi,%rax,8),%rcx
	jge    .L7
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
.L6:
	mov    %rax,%rdi
	jmp    *%rcx
.L7:
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	add    %rax,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
