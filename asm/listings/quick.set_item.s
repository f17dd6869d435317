# quick::set_item  (tauraro::vm::handlers::quick::set_item::h)
# 23 instructions; regenerate with asm/dump.sh
	movzwl 0x8(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	test   %rax,%rax
	je     .L1
	mov    %eax,%ecx
	and    $0x3,%ecx
	jne    .L1
	cmpb   $0x7,0x8(%rax)
	jne    .L1
	movzwl 0xa(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rcx
	xor    $0x1,%rcx
	rol    $0x3e,%rcx
	cmp    0x20(%rax),%rcx
	jae    .L1
	movzwl 0xc(%rdi),%r8d
	mov    (%rsi,%r8,8),%r8
	mov    0x18(%rax),%rax
	mov    %r8,(%rax,%rcx,8)
	mov    0x10(%rdi),%rax
	add    $0x10,%rdi
	jmp    *%rax
.L1:
	jmp    *(%rip)        # GOT: tauraro::vm::handlers::quick::generic_set_item::h
