# control::loop_  (tauraro::vm::handlers::control::loop_::h)
# 15 instructions; regenerate with asm/dump.sh
	mov    0x110(%rdx),%rax
	cmp    0x118(%rdx),%rax
	jae    .L1
	decw   0x8(%rdi)
	jg     .L2
	mov    (%rip),%rax        # GOT: tauraro::vm::handlers::control::loop_count::h
	jmp    *%rax
.L1:
	mov    (%rip),%rax        # GOT: tauraro::vm::handlers::control::loop_gc::h
	jmp    *%rax
.L2:
	movslq 0xc(%rdi),%rcx
	shl    $0x4,%rcx
	lea    (%rdi,%rcx,1),%rax
	mov    (%rdi,%rcx,1),%rcx
	mov    %rax,%rdi
	jmp    *%rcx
