# fused::lc_jn_lt  (tauraro::vm::handlers::fused::lc_jn_lt::h)
# 70 instructions; regenerate with asm/dump.sh
	push   %r15
	push   %r14
	push   %r12
	push   %rbx
	push   %rax
	mov    %rdi,%rbx
	movzwl 0x8(%rdi),%eax
	movslq 0xc(%rdi),%rcx
	shl    $0x4,%rcx
	mov    0x8(%rdi,%rcx,1),%rcx
	mov    %rcx,(%rsi,%rax,8)
	add    $0x10,%rdi
	movzwl 0x18(%rbx),%eax
	mov    (%rsi,%rax,8),%rax
	movzwl 0x1a(%rbx),%ecx
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
	add    $0x20,%rbx
	mov    %rbx,%rdi
	jmp    .L4
.L3:
	movslq 0x1c(%rbx),%rax
	shl    $0x4,%rax
	add    %rax,%rdi
.L4:
	mov    (%rdi),%rax
	add    $0x8,%rsp
	pop    %rbx
	pop    %r12
	pop    %r14
	pop    %r15
	jmp    *%rax
.L5:
	mov    %rdi,%r15
	mov    %rdx,%rdi
	mov    %rsi,%r12
	xor    %esi,%esi
	mov    %rdx,%r14
	mov    %rax,%rdx
	call   <tauraro::vm::handlers::compare::slow_cmp>
	mov    %r15,%rdi
	mov    %r12,%rsi
	mov    %r14,%rdx
	cmp    $0x2,%al
	jne    .L2
	mov    %rdx,%rsi
	call   *(%rip)        # GOT: tauraro::vm::frame::throw
	mov    %rax,%rdi
	mov    %rdx,%rsi
	mov    %r14,%rdx
	jmp    .L4
