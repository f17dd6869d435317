# fused::move_loop_for_lt_nc::nc  (tauraro::vm::handlers::fused::move_loop_for_lt_nc::nc::h)
# 56 instructions; regenerate with asm/dump.sh
	movzwl 0x8(%rdi),%eax
	movzwl 0xa(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rcx
	mov    %rcx,(%rsi,%rax,8)
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
	jne    .L1
	mov    (%rdi),%rax
	jmp    *%rax
.L1:
	cmp    0x8(%rsi,%rax,8),%rcx
	jge    .L2
	movzwl 0xa(%rdi),%r8d
	mov    %rcx,(%rsi,%r8,8)
	mov    0x10(%rsi,%rax,8),%r8
	add    %r8,%rcx
	dec    %rcx
	mov    %rcx,(%rsi,%rax,8)
	lea    0x10(%rdi),%rax
	movzwl 0x18(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rcx
	movzwl 0x1a(%rdi),%r8d
	mov    (%rsi,%r8,8),%r8
	lea    -0x1(%rcx),%r9d
	lea    -0x1(%r8),%r10d
	or     %r9d,%r10d
	test   $0x3,%r10b
	je     .L3
	mov    %rax,%rdi
	mov    (%rax),%rax
	jmp    *%rax
.L2:
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	add    %rax,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
.L3:
	cmp    %r8,%rcx
	jge    .L5
	add    $0x20,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
.L4:
	mov    %rax,%rdi
	jmp    *(%rip)        # GOT: tauraro::vm::handlers::control::loop_gc_nc::h
.L5:
	movslq 0x1c(%rdi),%rcx
	shl    $0x4,%rcx
	add    %rcx,%rax
	mov    %rax,%rdi
	mov    (%rax),%rax
	jmp    *%rax
