# locals::load_const  (tauraro::vm::handlers::locals::load_const::h)
# 8 instructions; regenerate with asm/dump.sh
	movzwl 0x8(%rdi),%eax
	movslq 0xc(%rdi),%rcx
	shl    $0x4,%rcx
	mov    0x8(%rdi,%rcx,1),%rcx
	mov    %rcx,(%rsi,%rax,8)
	mov    0x10(%rdi),%rax
	add    $0x10,%rdi
	jmp    *%rax
