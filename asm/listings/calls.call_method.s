# calls::call_method  (tauraro::vm::handlers::calls::call_method::h)
# 131 instructions; regenerate with asm/dump.sh
	push   %rbp
	push   %r15
	push   %r14
	push   %r13
	push   %r12
	push   %rbx
	push   %rax
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%rbx
	mov    %eax,%ecx
	inc    %ecx
	movzwl %cx,%r8d
	xor    %ecx,%ecx
	cmpq   $0x0,(%rsi,%r8,8)
	setne  %r8b
	test   %rbx,%rbx
	je     .L7
	mov    %ebx,%r9d
	and    $0x3,%r9d
	jne    .L7
	cmpb   $0xe,0x8(%rbx)
	jne    .L7
	mov    0x10(%rbx),%r14
	cmpb   $0x1,0x160(%r14)
	jne    .L7
	mov    %r8b,%cl
	movzwl 0xc(%rdi),%r12d
	add    %rcx,%r12
	movzwl 0x30(%r14),%r8d
	cmp    %r8d,%r12d
	jne    .L7
	mov    0x10(%rdx),%r8
	cmp    0x8c0(%rdx),%r8
	jae    .L7
	lea    (%rsi,%rax,8),%r15
	shl    $0x3,%ecx
	sub    %rcx,%r15
	add    $0x10,%r15
	movzwl 0x36(%r14),%eax
	lea    (%r15,%rax,8),%rcx
	cmp    0x50(%rdx),%rcx
	ja     .L7
	mov    0xd0(%rdx),%rcx
	cmp    0xd8(%rdx),%rcx
	setae  %sil
	or     0xec(%rdx),%sil
	cmpl   $0x0,0xe8(%rdx)
	sete   %cl
	test   $0x1,%sil
	jne    .L1
	xor    %ecx,%ecx
.L1:
	test   %cl,%cl
	jne    .L9
	lea    (%r15,%rax,8),%r13
	cmp    %eax,%r12d
	jae    .L4
.L2:
	lea    (%r15,%r12,8),%rax
	data16 data16 data16 cs nopw 0x0(%rax,%rax,1)
.L3:
	movq   $0x0,(%rax)
	add    $0x8,%rax
	cmp    %r13,%rax
	jb     .L3
.L4:
	cmpq   $0x0,0x60(%r14)
	je     .L5
	mov    %rdi,%r12
	mov    %r14,%rdi
	mov    %rbx,%rsi
	mov    %rdx,%rbp
	mov    %r15,%rdx
	call   *(%rip)        # GOT: tauraro::vm::frame::load_closure
	mov    %r12,%rdi
	mov    %rbp,%rdx
.L5:
	mov    0x10(%rdx),%r12
	cmp    (%rdx),%r12
	je     .L10
.L6:
	mov    0x8(%rdx),%rax
	mov    %r12,%rcx
	shl    $0x6,%rcx
	mov    -0x10(%rax,%rcx,1),%rsi
	cmp    %r13,%rsi
	cmova  %rsi,%r13
	mov    0x18(%rbx),%rsi
	mov    0x28(%rdx),%r8d
	mov    %r15,(%rax,%rcx,1)
	mov    %rdi,0x8(%rax,%rcx,1)
	mov    %r14,0x10(%rax,%rcx,1)
	mov    %rbx,0x18(%rax,%rcx,1)
	mov    %rsi,0x20(%rax,%rcx,1)
	movq   $0x0,0x28(%rax,%rcx,1)
	mov    %r13,0x30(%rax,%rcx,1)
	mov    %r8d,0x38(%rax,%rcx,1)
	movl   $0x0,0x3c(%rax,%rcx,1)
	inc    %r12
	mov    %r12,0x10(%rdx)
	mov    0x18(%rbx),%rax
	mov    %rax,0x58(%rdx)
	mov    0x130(%r14),%rdi
	jmp    .L8
.L7:
	mov    %rdx,%rbx
	call   <tauraro::vm::handlers::calls::call_method_slow>
	mov    %rax,%rdi
	mov    %rdx,%r15
	mov    %rbx,%rdx
.L8:
	mov    (%rdi),%rax
	mov    %r15,%rsi
	add    $0x8,%rsp
	pop    %rbx
	pop    %r12
	pop    %r13
	pop    %r14
	pop    %r15
	pop    %rbp
	jmp    *%rax
.L9:
	mov    %rdi,%r13
	mov    %rdx,%rdi
	mov    %rdx,%rbp
	call   *(%rip)        # GOT: tauraro::vm::handlers::control::safepoint
	mov    %r13,%rdi
	mov    %rbp,%rdx
	movzwl 0x36(%r14),%eax
	lea    (%r15,%rax,8),%r13
	cmp    %eax,%r12d
	jb     .L2
	jmp    .L4
.L10:
	mov    %rdi,(%rsp)
	mov    %rdx,%rdi
	mov    %rdx,%rbp
	call   *(%rip)        # GOT: tauraro::vm::frame::grow_frames
	mov    (%rsp),%rdi
	mov    %rbp,%rdx
	jmp    .L6
