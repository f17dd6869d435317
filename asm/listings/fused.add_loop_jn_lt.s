# fused::add_loop_jn_lt  (tauraro::vm::handlers::fused::add_loop_jn_lt::h)
# 156 instructions; regenerate with asm/dump.sh
	push   %r15
	push   %r14
	push   %r13
	push   %r12
	push   %rbx
	mov    %rdi,%rbx
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	movzwl 0xc(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rcx
	mov    %rcx,%rdi
	and    %rax,%rdi
	test   $0x1,%dil
	je     .L1
	mov    %ecx,%r8d
	or     %eax,%r8d
	test   $0x2,%r8b
	jne    .L1
	dec    %rcx
	add    %rcx,%rax
	jno    .L2
	jmp    .L12
.L1:
	test   $0x2,%dil
	je     .L12
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	movq   %rax,%xmm0
	movq   %rcx,%xmm1
	addsd  %xmm0,%xmm1
	movq   %xmm1,%rax
	rol    $0x4,%rax
	add    $0x3,%rax
	test   $0x2,%al
	je     .L12
.L2:
	movzwl 0x8(%rbx),%ecx
	mov    %rax,(%rsi,%rcx,8)
	movslq 0x1c(%rbx),%rax
	shl    $0x4,%rax
	mov    0x110(%rdx),%rcx
	cmp    0x118(%rdx),%rcx
	setae  %dil
	or     0x12c(%rdx),%dil
	cmpl   $0x0,0x128(%rdx)
	sete   %cl
	test   $0x1,%dil
	jne    .L3
	xor    %ecx,%ecx
.L3:
	lea    0x10(%rbx),%rdi
	lea    (%rbx,%rax,1),%r15
	add    $0x10,%r15
	test   %cl,%cl
	jne    .L14
.L4:
	movzwl 0x18(%rbx),%eax
	inc    %eax
	cmp    0xc8(%rdx),%eax
	jae    .L15
	mov    %ax,0x18(%rbx)
	movslq 0x1c(%rbx),%rax
	shl    $0x4,%rax
	add    %rax,%rdi
	mov    %rsi,%rax
.L5:
	xor    %rdi,%r15
	mov    %rax,%rcx
	xor    %rsi,%rcx
	or     %r15,%rcx
	jne    .L10
	movzwl 0x8(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	movzwl 0xa(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rcx
	mov    %rcx,%r8
	and    %rax,%r8
	test   $0x1,%r8b
	je     .L6
	mov    %ecx,%r9d
	or     %eax,%r9d
	test   $0x2,%r9b
	jne    .L6
	cmp    %rcx,%rax
	setl   %al
	jmp    .L7
.L6:
	test   $0x2,%r8b
	je     .L11
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	movq   %rax,%xmm0
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	movq   %rcx,%xmm1
	ucomisd %xmm0,%xmm1
	seta   %al
.L7:
	test   $0x1,%al
	je     .L8
	add    $0x10,%rdi
	jmp    .L9
.L8:
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	add    %rax,%rdi
.L9:
	mov    %rsi,%rax
.L10:
	mov    (%rdi),%rcx
	mov    %rax,%rsi
	pop    %rbx
	pop    %r12
	pop    %r13
	pop    %r14
	pop    %r15
	jmp    *%rcx
.L11:
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
	jne    .L7
	mov    %rdx,%rsi
	call   *(%rip)        # GOT: tauraro::vm::frame::throw
	jmp    .L13
.L12:
	mov    %rbx,%rdi
	mov    %rdx,%rbx
	call   *(%rip)        # GOT: tauraro::vm::handlers::arith::binary_slow
.L13:
	mov    %rax,%rdi
	mov    %rdx,%rax
	mov    %rbx,%rdx
	jmp    .L10
.L14:
	mov    %rdi,%r13
	mov    %rdx,%rdi
	mov    %rdx,%r14
	mov    %rsi,%r12
	call   *(%rip)        # GOT: tauraro::vm::handlers::control::safepoint
	mov    %r13,%rdi
	mov    %r12,%rsi
	mov    %r14,%rdx
	test   %al,%al
	je     .L4
	mov    %rdx,%rsi
	call   *(%rip)        # GOT: tauraro::vm::frame::throw
	mov    %r12,%rsi
	mov    %rax,%rdi
	mov    %rdx,%rax
	mov    %r14,%rdx
	jmp    .L5
.L15:
	mov    %rsi,%r14
	mov    %rdx,%rbx
	call   *(%rip)        # GOT: tauraro::jit::hot
	mov    %r14,%rsi
	mov    %rax,%rdi
	mov    %rdx,%rax
	mov    %rbx,%rdx
	jmp    .L5
