# fused::move_loop_for  (tauraro::vm::handlers::fused::move_loop_for::h)
# 44 instructions; regenerate with asm/dump.sh
	mov    %rdi,%rax
	movzwl 0x8(%rdi),%ecx
	movzwl 0xa(%rdi),%edi
	mov    (%rsi,%rdi,8),%rdi
	mov    %rdi,(%rsi,%rcx,8)
	lea    0x10(%rax),%rdi
	mov    0x110(%rdx),%rcx
	cmp    0x118(%rdx),%rcx
	jae    .L1
	mov    0x18(%rax),%ecx
	mov    %ecx,%r8d
	dec    %ecx
	mov    %cx,0x18(%rax)
	cmp    $0x2,%r8w
	jge    .L2
	mov    (%rip),%rcx        # GOT: tauraro::vm::handlers::fused::move_loop_for_nc::count::h
	mov    %rax,%rdi
	jmp    *%rcx
.L1:
	mov    (%rip),%rcx        # GOT: tauraro::vm::handlers::control::loop_gc::h
	jmp    *%rcx
.L2:
	movslq 0x1c(%rax),%rax
	shl    $0x4,%rax
	mov    %rdi,%rcx
	add    %rax,%rdi
	movzwl 0x8(%rcx,%rax,1),%eax
	mov    (%rsi,%rax,8),%rcx
	test   $0x1,%cl
	je     .L3
	cmp    0x8(%rsi,%rax,8),%rcx
	jge    .L4
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
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	add    %rax,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
