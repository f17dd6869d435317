# control::loop_  (tauraro::vm::handlers::control::loop_::h)
# 46 instructions; regenerate with asm/dump.sh
	mov    0x110(%rdx),%rax
	cmp    0x118(%rdx),%rax
	setae  %cl
	or     0x12c(%rdx),%cl
	cmpl   $0x0,0x128(%rdx)
	sete   %al
	test   $0x1,%cl
	jne    .L1
	xor    %eax,%eax
.L1:
	push   %r15
	push   %r14
	push   %rbx
	test   %al,%al
	jne    .L4
.L2:
	movzwl 0x8(%rdi),%eax
	inc    %eax
	cmp    0xc8(%rdx),%eax
	jae    .L5
	mov    %ax,0x8(%rdi)
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	add    %rdi,%rax
.L3:
	mov    (%rax),%rcx
	mov    %rax,%rdi
	pop    %rbx
	pop    %r14
	pop    %r15
	jmp    *%rcx
.L4:
	mov    %rdi,%r14
	mov    %rdx,%rdi
	mov    %rdx,%rbx
	mov    %rsi,%r15
	call   *(%rip)        # GOT: tauraro::vm::handlers::control::safepoint
	mov    %r14,%rdi
	mov    %r15,%rsi
	mov    %rbx,%rdx
	test   %al,%al
	je     .L2
	mov    %rdx,%rsi
	call   *(%rip)        # GOT: tauraro::vm::frame::throw
	jmp    .L6
.L5:
	mov    %rdx,%rbx
	call   *(%rip)        # GOT: tauraro::jit::hot
.L6:
	mov    %rdx,%rsi
	mov    %rbx,%rdx
	jmp    .L3
