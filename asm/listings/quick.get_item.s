# quick::get_item  (tauraro::vm::handlers::quick::get_item::h)
# 35 instructions; regenerate with asm/dump.sh
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	test   %rax,%rax
	je     .L3
	mov    %eax,%ecx
	and    $0x3,%ecx
	jne    .L3
	movzwl 0xc(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rcx
	movzbl 0x8(%rax),%r8d
	cmp    $0x8,%r8d
	je     .L1
	cmp    $0x7,%r8d
	jne    .L3
	xor    $0x1,%rcx
	rol    $0x3e,%rcx
	cmp    0x20(%rax),%rcx
	jae    .L3
	shl    $0x3,%rcx
	add    0x18(%rax),%rcx
	jmp    .L2
.L1:
	mov    0xc(%rax),%r8d
	xor    $0x1,%rcx
	rol    $0x3e,%rcx
	cmp    %r8,%rcx
	jae    .L3
	lea    (%rax,%rcx,8),%rcx
	add    $0x10,%rcx
.L2:
	mov    (%rcx),%rax
	movzwl 0x8(%rdi),%ecx
	mov    %rax,(%rsi,%rcx,8)
	mov    0x10(%rdi),%rax
	add    $0x10,%rdi
	jmp    *%rax
.L3:
	jmp    *(%rip)        # GOT: tauraro::vm::handlers::quick::generic_get_item::h
