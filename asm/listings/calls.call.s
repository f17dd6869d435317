# calls::call  (tauraro::vm::handlers::calls::call::h)
# 99 instructions; regenerate with asm/dump.sh
	push   %rbp
	push   %r14
	push   %rbx
	mov    %rdx,%rbx
	mov    %rsi,%rcx
	movzwl 0xa(%rdi),%edx
	mov    (%rsi,%rdx,8),%rsi
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
	mov    0x20(%rbx),%r8
	cmp    0x8e8(%rbx),%r8
	jae    .L4
	lea    (%rcx,%rdx,8),%rdx
	add    $0x8,%rdx
	movzwl 0x36(%rax),%r11d
	shl    $0x3,%r11d
	lea    (%r11,%rdx,1),%r9
	cmp    0x78(%rbx),%r9
	ja     .L4
	mov    0x110(%rbx),%r10
	cmp    0x118(%rbx),%r10
	jae    .L4
	cmp    0x10(%rbx),%r8
	je     .L4
	mov    0x60(%rax),%rcx
	shl    $0x3,%r14d
	lea    (%rdx,%r14,1),%r10
	sub    %r14,%r11
	jbe    .L3
	cmp    $0x20,%r11
	jb     .L3
	add    $0xffffffffffffffe0,%r11
	nopw   0x0(%rax,%rax,1)
.L1:
	movq   $0x0,(%r10)
	movq   $0x0,0x8(%r10)
	movq   $0x0,0x10(%r10)
	movq   $0x0,0x18(%r10)
	add    $0x20,%r10
	cmp    %r9,%r10
	jae    .L3
	cmp    $0x1f,%r11
	lea    -0x20(%r11),%r11
	ja     .L1
	jmp    .L3
	data16 data16 cs nopw 0x0(%rax,%rax,1)
.L2:
	movq   $0x0,(%r10)
	add    $0x8,%r10
.L3:
	cmp    %r9,%r10
	jb     .L2
	mov    0x18(%rbx),%r10
	mov    %r8,%r11
	shl    $0x6,%r11
	mov    -0x10(%r10,%r11,1),%r14
	cmp    %r9,%r14
	cmova  %r14,%r9
	mov    0x18(%rsi),%r14
	mov    0x38(%rbx),%ebp
	mov    %rdx,(%r10,%r11,1)
	mov    %rdi,0x8(%r10,%r11,1)
	inc    %r8
	mov    %rax,0x10(%r10,%r11,1)
	mov    %rsi,0x18(%r10,%r11,1)
	mov    %r14,0x20(%r10,%r11,1)
	movq   $0x0,0x28(%r10,%r11,1)
	mov    %r9,0x30(%r10,%r11,1)
	mov    %ebp,0x38(%r10,%r11,1)
	movl   $0x0,0x3c(%r10,%r11,1)
	mov    %r8,0x20(%rbx)
	mov    0x18(%rsi),%rdi
	mov    %rdi,0x80(%rbx)
	test   %rcx,%rcx
	je     .L6
	mov    %rax,%rdi
	call   *(%rip)        # GOT: tauraro::vm::frame::enter_cells
	jmp    .L5
.L4:
	mov    %rcx,%rsi
	mov    %rbx,%rdx
	call   <tauraro::vm::handlers::calls::call_slow>
.L5:
	mov    %rax,%rdi
	jmp    .L7
.L6:
	mov    0x130(%rax),%rdi
.L7:
	mov    (%rdi),%rax
	mov    %rdx,%rsi
	mov    %rbx,%rdx
	pop    %rbx
	pop    %r14
	pop    %rbp
	jmp    *%rax
