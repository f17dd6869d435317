# calls::call  (tauraro::vm::handlers::calls::call::h)
# 139 instructions; regenerate with asm/dump.sh
	push   %rbp
	push   %r15
	push   %r14
	push   %r13
	push   %r12
	push   %rbx
	sub    $0x28,%rsp
	mov    %rdx,%rbx
	mov    %rsi,%r13
	mov    %rdi,%r15
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%rcx
	test   %rcx,%rcx
	je     .L9
	mov    %ecx,%edx
	and    $0x3,%edx
	jne    .L9
	cmpb   $0xe,0x8(%rcx)
	jne    .L9
	lea    0x8(,%rax,8),%r14
	add    %r13,%r14
	movzwl 0xc(%r15),%r8d
	mov    0x10(%rcx),%r12
	cmpb   $0x1,0x160(%r12)
	jne    .L7
	cmp    0x30(%r12),%r8w
	jne    .L7
	mov    0x20(%rbx),%rax
	cmp    0x8e8(%rbx),%rax
	jae    .L7
	movzwl 0x36(%r12),%eax
	lea    (%r14,%rax,8),%rdx
	cmp    0x78(%rbx),%rdx
	ja     .L7
	mov    0x110(%rbx),%rdx
	cmp    0x118(%rbx),%rdx
	setae  %sil
	or     0x12c(%rbx),%sil
	cmpl   $0x0,0x128(%rbx)
	sete   %dl
	test   $0x1,%sil
	jne    .L1
	xor    %edx,%edx
.L1:
	mov    %eax,%esi
	test   %dl,%dl
	jne    .L11
	lea    (%r14,%rax,8),%r13
	cmp    %si,%r8w
	jae    .L4
.L2:
	lea    (%r14,%r8,8),%rax
	data16 data16 cs nopw 0x0(%rax,%rax,1)
.L3:
	movq   $0x0,(%rax)
	add    $0x8,%rax
	cmp    %r13,%rax
	jb     .L3
.L4:
	cmpq   $0x0,0x60(%r12)
	je     .L5
	mov    %r12,%rdi
	mov    %rcx,%rsi
	mov    %r14,%rdx
	mov    %rcx,%rbp
	call   *(%rip)        # GOT: tauraro::vm::frame::load_closure
	mov    %rbp,%rcx
.L5:
	mov    0x20(%rbx),%rbp
	cmp    0x10(%rbx),%rbp
	je     .L12
.L6:
	mov    0x18(%rbx),%rax
	mov    %rbp,%rdx
	shl    $0x6,%rdx
	mov    -0x10(%rax,%rdx,1),%rsi
	cmp    %r13,%rsi
	cmova  %rsi,%r13
	mov    0x18(%rcx),%rsi
	mov    0x38(%rbx),%edi
	mov    %r14,(%rax,%rdx,1)
	mov    %r15,0x8(%rax,%rdx,1)
	mov    %r12,0x10(%rax,%rdx,1)
	mov    %rcx,0x18(%rax,%rdx,1)
	mov    %rsi,0x20(%rax,%rdx,1)
	movq   $0x0,0x28(%rax,%rdx,1)
	mov    %r13,0x30(%rax,%rdx,1)
	mov    %edi,0x38(%rax,%rdx,1)
	movl   $0x0,0x3c(%rax,%rdx,1)
	inc    %rbp
	mov    %rbp,0x20(%rbx)
	mov    0x18(%rcx),%rax
	mov    %rax,0x80(%rbx)
	mov    0x130(%r12),%rdi
	jmp    .L8
.L7:
	lea    0x10(%rsp),%rdi
	mov    %r15,%rsi
	mov    %rbx,%rdx
	mov    %r14,%r9
	call   <tauraro::vm::handlers::calls::fast_call_defaults>
	cmpl   $0x1,0x10(%rsp)
	jne    .L9
	mov    0x18(%rsp),%rdi
	mov    0x20(%rsp),%r14
.L8:
	mov    (%rdi),%rax
	mov    %r14,%rsi
	mov    %rbx,%rdx
	add    $0x28,%rsp
	pop    %rbx
	pop    %r12
	pop    %r13
	pop    %r14
	pop    %r15
	pop    %rbp
	jmp    *%rax
.L9:
	mov    %r15,%rdi
	mov    %r13,%rsi
	mov    %rbx,%rdx
	call   <tauraro::vm::handlers::calls::call_slow>
.L10:
	mov    %rax,%rdi
	mov    %rdx,%r14
	jmp    .L8
.L11:
	mov    %r8,%r13
	mov    %rcx,%rbp
	mov    %rbx,%rdi
	call   *(%rip)        # GOT: tauraro::vm::handlers::control::safepoint
	test   %al,%al
	jne    .L13
	movzwl 0x36(%r12),%esi
	movzwl %si,%eax
	mov    %rbp,%rcx
	mov    %r13,%r8
	lea    (%r14,%rax,8),%r13
	cmp    %si,%r8w
	jb     .L2
	jmp    .L4
.L12:
	mov    %rbx,%rdi
	mov    %rcx,0x8(%rsp)
	call   *(%rip)        # GOT: tauraro::vm::frame::grow_frames
	mov    0x8(%rsp),%rcx
	jmp    .L6
.L13:
	mov    %r15,%rdi
	mov    %rbx,%rsi
	call   *(%rip)        # GOT: tauraro::vm::frame::throw
	jmp    .L10
