# control::loop_nc_for  (tauraro::vm::handlers::control::loop_nc_for::h)
# 29 instructions; regenerate with asm/dump.sh
	mov    %rdi,%rax
	mov    0x110(%rdx),%rcx
	cmp    0x118(%rdx),%rcx
	jae    .L3
	movslq 0xc(%rax),%rcx
	shl    $0x4,%rcx
	lea    (%rax,%rcx,1),%rdi
	movzwl 0x8(%rax,%rcx,1),%eax
	mov    (%rsi,%rax,8),%rcx
	test   $0x1,%cl
	je     .L1
	cmp    0x8(%rsi,%rax,8),%rcx
	jge    .L2
	movzwl 0xa(%rdi),%r8d
	mov    %rcx,(%rsi,%r8,8)
	mov    0x10(%rsi,%rax,8),%r8
	add    %r8,%rcx
	dec    %rcx
	mov    %rcx,(%rsi,%rax,8)
	add    $0x10,%rdi
.L1:
	mov    (%rdi),%rax
	jmp    *%rax
.L2:
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	add    %rax,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
.L3:
	mov    %rax,%rdi
	jmp    *(%rip)        # GOT: tauraro::vm::handlers::control::loop_gc_nc::h
