# calls::call  (tauraro::vm::handlers::calls::call::h)
# 102 instructions; regenerate with asm/dump.sh
	push   %rbp
	push   %r14
	push   %rbx
	mov    %rsi,%r8
	movzwl 0xa(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rsi
	test   %rsi,%rsi
	je     .L4
	mov    %esi,%eax
	and    $0x3,%eax
	jne    .L4
	cmpb   $0xe,0x8(%rsi)
	jne    .L4
	mov    0x10(%rsi),%rax
	cmpb   $0x1,0x160(%rax)
	jne    .L4
	movzwl 0xc(%rdi),%r14d
	cmp    0x30(%rax),%r14w
	jne    .L4
	mov    0x20(%rdx),%r9
	cmp    0x8e8(%rdx),%r9
	jae    .L4
	lea    (%r8,%rcx,8),%rcx
	add    $0x8,%rcx
	movzwl 0x36(%rax),%ebx
	shl    $0x3,%ebx
	lea    (%rbx,%rcx,1),%r10
	cmp    0x78(%rdx),%r10
	ja     .L4
	mov    0x110(%rdx),%r11
	cmp    0x118(%rdx),%r11
	jae    .L4
	cmp    0x10(%rdx),%r9
	je     .L4
	mov    0x60(%rax),%r8
	shl    $0x3,%r14d
	lea    (%rcx,%r14,1),%r11
	sub    %r14,%rbx
	jbe    .L3
	cmp    $0x20,%rbx
	jb     .L3
	add    $0xffffffffffffffe0,%rbx
	data16 cs nopw 0x0(%rax,%rax,1)
.L1:
	movq   $0x0,(%r11)
	movq   $0x0,0x8(%r11)
	movq   $0x0,0x10(%r11)
	movq   $0x0,0x18(%r11)
	add    $0x20,%r11
	cmp    %r10,%r11
	jae    .L3
	cmp    $0x1f,%rbx
	lea    -0x20(%rbx),%rbx
	ja     .L1
	jmp    .L3
	data16 data16 cs nopw 0x0(%rax,%rax,1)
.L2:
	movq   $0x0,(%r11)
	add    $0x8,%r11
.L3:
	cmp    %r10,%r11
	jb     .L2
	mov    0x18(%rdx),%r11
	mov    %r9,%rbx
	shl    $0x6,%rbx
	mov    -0x10(%r11,%rbx,1),%r14
	cmp    %r10,%r14
	cmova  %r14,%r10
	mov    0x18(%rsi),%r14
	mov    0x38(%rdx),%ebp
	mov    %rcx,(%r11,%rbx,1)
	mov    %rdi,0x8(%r11,%rbx,1)
	inc    %r9
	mov    %rax,0x10(%r11,%rbx,1)
	mov    %rsi,0x18(%r11,%rbx,1)
	mov    %r14,0x20(%r11,%rbx,1)
	movq   $0x0,0x28(%r11,%rbx,1)
	mov    %r10,0x30(%r11,%rbx,1)
	mov    %ebp,0x38(%r11,%rbx,1)
	movl   $0x0,0x3c(%r11,%rbx,1)
	mov    %r9,0x20(%rdx)
	mov    0x18(%rsi),%rdi
	mov    %rdi,0x80(%rdx)
	test   %r8,%r8
	je     .L5
	mov    %rax,%rdi
	mov    %rdx,%rbx
	mov    %rcx,%rdx
	call   *(%rip)        # GOT: tauraro::vm::frame::enter_cells
	mov    %rax,%rdi
	mov    %rdx,%rcx
	mov    %rbx,%rdx
	jmp    .L6
.L4:
	mov    %r8,%rsi
	pop    %rbx
	pop    %r14
	pop    %rbp
	jmp    *(%rip)        # GOT: tauraro::vm::handlers::calls::call_slow_h::h
.L5:
	mov    0x130(%rax),%rdi
.L6:
	mov    (%rdi),%rax
	mov    %rcx,%rsi
	pop    %rbx
	pop    %r14
	pop    %rbp
	jmp    *%rax
