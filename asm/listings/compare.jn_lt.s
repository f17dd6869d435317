# compare::jn_lt  (tauraro::vm::handlers::compare::jn_lt::h)
# 59 instructions; regenerate with asm/dump.sh
	push   %r15
	push   %r14
	push   %rbx
	movzwl 0x8(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	movzwl 0xa(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rcx
	mov    %rcx,%r8
	and    %rax,%r8
	test   $0x1,%r8b
	je     .L1
	mov    %ecx,%r9d
	or     %eax,%r9d
	test   $0x2,%r9b
	jne    .L1
	cmp    %rcx,%rax
	setl   %al
	jmp    .L2
.L1:
	test   $0x2,%r8b
	je     .L5
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	movq   %rax,%xmm0
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	movq   %rcx,%xmm1
	ucomisd %xmm0,%xmm1
	seta   %al
.L2:
	test   $0x1,%al
	je     .L3
	add    $0x10,%rdi
	mov    %rdi,%rax
	jmp    .L4
.L3:
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	add    %rdi,%rax
.L4:
	mov    (%rax),%rcx
	mov    %rax,%rdi
	pop    %rbx
	pop    %r14
	pop    %r15
	jmp    *%rcx
.L5:
	mov    %rdi,%r14
	mov    %rdx,%rdi
	mov    %rsi,%r15
	xor    %esi,%esi
	mov    %rdx,%rbx
	mov    %rax,%rdx
	call   <tauraro::vm::handlers::compare::slow_cmp>
	mov    %r14,%rdi
	mov    %r15,%rsi
	mov    %rbx,%rdx
	cmp    $0x2,%al
	jne    .L2
	mov    %rdx,%rsi
	call   *(%rip)        # GOT: tauraro::vm::frame::throw
	mov    %rdx,%rsi
	mov    %rbx,%rdx
	jmp    .L4
