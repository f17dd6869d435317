# arith::sub  (tauraro::vm::handlers::arith::sub::h)
# 62 instructions; regenerate with asm/dump.sh
	push   %r15
	push   %r14
	push   %r12
	push   %rbx
	push   %rax
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	movzwl 0xc(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rcx
	mov    %rcx,%r8
	and    %rax,%r8
	test   $0x1,%r8b
	je     .L1
	mov    %ecx,%r9d
	or     %eax,%r9d
	and    $0x2,%r9d
	jne    .L1
	dec    %rcx
	sub    %rcx,%rax
	jo     .L5
	movzwl 0x8(%rdi),%ecx
	mov    %rax,(%rsi,%rcx,8)
	jmp    .L3
.L1:
	test   $0x2,%r8b
	je     .L5
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	movzwl 0x8(%rdi),%ebx
	movq   %rax,%xmm0
	movq   %rcx,%xmm1
	subsd  %xmm1,%xmm0
	movq   %xmm0,%rax
	rol    $0x4,%rax
	add    $0x3,%rax
	test   $0x2,%al
	je     .L6
.L2:
	mov    %rax,(%rsi,%rbx,8)
.L3:
	add    $0x10,%rdi
.L4:
	mov    (%rdi),%rax
	add    $0x8,%rsp
	pop    %rbx
	pop    %r12
	pop    %r14
	pop    %r15
	jmp    *%rax
.L5:
	mov    %rdx,%rbx
	call   *(%rip)        # GOT: tauraro::vm::handlers::arith::binary_slow
	mov    %rax,%rdi
	mov    %rdx,%rsi
	mov    %rbx,%rdx
	jmp    .L4
.L6:
	mov    %rdi,%r14
	mov    %rdx,%rdi
	mov    %rdx,%r15
	mov    %rsi,%r12
	call   *(%rip)        # GOT: tauraro::runtime::alloc::<impl tauraro::vm::ctx::Ctx>::box_float
	mov    %r14,%rdi
	mov    %r12,%rsi
	mov    %r15,%rdx
	jmp    .L2
