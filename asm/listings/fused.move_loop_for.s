# fused::move_loop_for  (tauraro::vm::handlers::fused::move_loop_for::h)
# 162 instructions; regenerate with asm/dump.sh
	push   %r15
	push   %r14
	push   %r13
	push   %r12
	push   %rbx
	mov    %rdi,%rbx
	movzwl 0x8(%rdi),%eax
	movzwl 0xa(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rcx
	mov    %rcx,(%rsi,%rax,8)
	movslq 0x1c(%rdi),%rax
	shl    $0x4,%rax
	mov    0x110(%rdx),%rcx
	cmp    0x118(%rdx),%rcx
	setae  %dil
	or     0x12c(%rdx),%dil
	cmpl   $0x0,0x128(%rdx)
	sete   %cl
	test   $0x1,%dil
	jne    .L1
	xor    %ecx,%ecx
.L1:
	lea    0x10(%rbx),%rdi
	lea    (%rbx,%rax,1),%r15
	add    $0x10,%r15
	test   %cl,%cl
	jne    .L13
.L2:
	movzwl 0x18(%rbx),%eax
	inc    %eax
	cmp    0xc8(%rdx),%eax
	jae    .L14
	mov    %ax,0x18(%rbx)
	movslq 0x1c(%rbx),%rax
	shl    $0x4,%rax
	add    %rax,%rdi
	mov    %rsi,%rax
.L3:
	xor    %rdi,%r15
	mov    %rax,%rcx
	xor    %rsi,%rcx
	or     %r15,%rcx
	jne    .L12
	movzwl 0x8(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rax
	mov    %eax,%r8d
	and    $0x3,%r8d
	cmp    $0x1,%r8
	jne    .L4
	cmp    0x8(%rsi,%rcx,8),%rax
	jge    .L10
	movzwl 0xa(%rdi),%r8d
	mov    %rax,(%rsi,%r8,8)
	mov    0x10(%rsi,%rcx,8),%r8
	add    %r8,%rax
	dec    %rax
	mov    %rax,(%rsi,%rcx,8)
	jmp    .L9
.L4:
	test   %rax,%rax
	je     .L15
	test   %r8,%r8
	jne    .L15
	movzbl 0x8(%rax),%r8d
	cmp    $0x7,%r8d
	je     .L5
	cmp    $0x8,%r8d
	jne    .L7
	mov    0x8(%rsi,%rcx,8),%r8
	sar    $0x2,%r8
	cmp    0x18(%rax),%r8
	jae    .L10
	mov    0x10(%rax),%rax
	jmp    .L6
.L5:
	mov    0x8(%rsi,%rcx,8),%r8
	sar    $0x2,%r8
	cmp    0x20(%rax),%r8
	jae    .L10
	mov    0x18(%rax),%rax
.L6:
	movzwl 0xa(%rdi),%r9d
	mov    (%rax,%r8,8),%rax
	mov    %rax,(%rsi,%r9,8)
	addq   $0x4,0x8(%rsi,%rcx,8)
	jmp    .L9
.L7:
	cmp    $0x17,%r8d
	jne    .L15
	movzbl 0x10(%rax),%ecx
	cmp    $0x4,%ecx
	je     .L8
	test   %ecx,%ecx
	jne    .L15
	mov    0x18(%rax),%rcx
	test   %rcx,%rcx
	je     .L15
	mov    %ecx,%r8d
	and    $0x3,%r8d
	jne    .L15
	cmpb   $0x7,0x8(%rcx)
	jne    .L15
	mov    0x20(%rax),%r8
	cmp    0x20(%rcx),%r8
	jae    .L15
	movzwl 0xa(%rdi),%r9d
	mov    0x18(%rcx),%rcx
	mov    (%rcx,%r8,8),%rcx
	mov    %rcx,(%rsi,%r9,8)
	incq   0x20(%rax)
	jmp    .L9
.L8:
	cmpq   $0x0,0x28(%rax)
	je     .L10
	mov    0x18(%rax),%rcx
	movabs $0x2000000000000000,%r8
	add    %rcx,%r8
	shr    $0x3e,%r8
	jne    .L15
	lea    0x1(,%rcx,4),%rcx
	movzwl 0xa(%rdi),%r8d
	mov    %rcx,(%rsi,%r8,8)
	mov    0x20(%rax),%rcx
	add    %rcx,0x18(%rax)
	decq   0x28(%rax)
.L9:
	add    $0x10,%rdi
	jmp    .L11
.L10:
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	add    %rax,%rdi
.L11:
	mov    %rsi,%rax
.L12:
	mov    (%rdi),%rcx
	mov    %rax,%rsi
	pop    %rbx
	pop    %r12
	pop    %r13
	pop    %r14
	pop    %r15
	jmp    *%rcx
.L13:
	mov    %rdi,%r13
	mov    %rdx,%rdi
	mov    %rdx,%r14
	mov    %rsi,%r12
	call   *(%rip)        # GOT: tauraro::vm::handlers::control::safepoint
	mov    %r13,%rdi
	mov    %r12,%rsi
	mov    %r14,%rdx
	test   %al,%al
	je     .L2
	mov    %rdx,%rsi
	call   *(%rip)        # GOT: tauraro::vm::frame::throw
	mov    %r12,%rsi
	mov    %rax,%rdi
	mov    %rdx,%rax
	mov    %r14,%rdx
	jmp    .L3
.L14:
	mov    %rsi,%r14
	mov    %rdx,%rbx
	call   *(%rip)        # GOT: tauraro::jit::hot
	mov    %r14,%rsi
	mov    %rax,%rdi
	mov    %rdx,%rax
	mov    %rbx,%rdx
	jmp    .L3
.L15:
	mov    %rdx,%rbx
	call   <tauraro::vm::handlers::iter::for_iter_slow>
	mov    %rax,%rdi
	mov    %rdx,%rax
	mov    %rbx,%rdx
	jmp    .L12
