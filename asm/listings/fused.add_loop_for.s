# fused::add_loop_for  (tauraro::vm::handlers::fused::add_loop_for::h)
# 194 instructions; regenerate with asm/dump.sh
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
	jmp    .L15
.L1:
	test   $0x2,%dil
	je     .L15
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
	je     .L15
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
	jne    .L17
.L4:
	movzwl 0x18(%rbx),%eax
	inc    %eax
	cmp    0xc8(%rdx),%eax
	jae    .L18
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
	jne    .L14
	movzwl 0x8(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rax
	mov    %eax,%r8d
	and    $0x3,%r8d
	cmp    $0x1,%r8
	jne    .L6
	cmp    0x8(%rsi,%rcx,8),%rax
	jge    .L12
	movzwl 0xa(%rdi),%r8d
	mov    %rax,(%rsi,%r8,8)
	mov    0x10(%rsi,%rcx,8),%r8
	add    %r8,%rax
	dec    %rax
	mov    %rax,(%rsi,%rcx,8)
	jmp    .L11
.L6:
	test   %rax,%rax
	je     .L19
	test   %r8,%r8
	jne    .L19
	movzbl 0x8(%rax),%r8d
	cmp    $0x7,%r8d
	je     .L7
	cmp    $0x8,%r8d
	jne    .L9
	mov    0x8(%rsi,%rcx,8),%r8
	sar    $0x2,%r8
	cmp    0x18(%rax),%r8
	jae    .L12
	mov    0x10(%rax),%rax
	jmp    .L8
.L7:
	mov    0x8(%rsi,%rcx,8),%r8
	sar    $0x2,%r8
	cmp    0x20(%rax),%r8
	jae    .L12
	mov    0x18(%rax),%rax
.L8:
	movzwl 0xa(%rdi),%r9d
	mov    (%rax,%r8,8),%rax
	mov    %rax,(%rsi,%r9,8)
	addq   $0x4,0x8(%rsi,%rcx,8)
	jmp    .L11
.L9:
	cmp    $0x17,%r8d
	jne    .L19
	movzbl 0x10(%rax),%ecx
	cmp    $0x4,%ecx
	je     .L10
	test   %ecx,%ecx
	jne    .L19
	mov    0x18(%rax),%rcx
	test   %rcx,%rcx
	je     .L19
	mov    %ecx,%r8d
	and    $0x3,%r8d
	jne    .L19
	cmpb   $0x7,0x8(%rcx)
	jne    .L19
	mov    0x20(%rax),%r8
	cmp    0x20(%rcx),%r8
	jae    .L19
	movzwl 0xa(%rdi),%r9d
	mov    0x18(%rcx),%rcx
	mov    (%rcx,%r8,8),%rcx
	mov    %rcx,(%rsi,%r9,8)
	incq   0x20(%rax)
	jmp    .L11
.L10:
	cmpq   $0x0,0x28(%rax)
	je     .L12
	mov    0x18(%rax),%rcx
	movabs $0x2000000000000000,%r8
	add    %rcx,%r8
	shr    $0x3e,%r8
	jne    .L19
	lea    0x1(,%rcx,4),%rcx
	movzwl 0xa(%rdi),%r8d
	mov    %rcx,(%rsi,%r8,8)
	mov    0x20(%rax),%rcx
	add    %rcx,0x18(%rax)
	decq   0x28(%rax)
.L11:
	add    $0x10,%rdi
	jmp    .L13
.L12:
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	add    %rax,%rdi
.L13:
	mov    %rsi,%rax
.L14:
	mov    (%rdi),%rcx
	mov    %rax,%rsi
	pop    %rbx
	pop    %r12
	pop    %r13
	pop    %r14
	pop    %r15
	jmp    *%rcx
.L15:
	mov    %rbx,%rdi
	mov    %rdx,%rbx
	call   *(%rip)        # GOT: tauraro::vm::handlers::arith::binary_slow
.L16:
	mov    %rax,%rdi
	mov    %rdx,%rax
	mov    %rbx,%rdx
	jmp    .L14
.L17:
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
.L18:
	mov    %rsi,%r14
	mov    %rdx,%rbx
	call   *(%rip)        # GOT: tauraro::jit::hot
	mov    %r14,%rsi
	mov    %rax,%rdi
	mov    %rdx,%rax
	mov    %rbx,%rdx
	jmp    .L5
.L19:
	mov    %rdx,%rbx
	call   <tauraro::vm::handlers::iter::for_iter_slow>
	jmp    .L16
