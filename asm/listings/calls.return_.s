# calls::return_  (tauraro::vm::handlers::calls::return_::h)
# 39 instructions; regenerate with asm/dump.sh
	push   %rbx
	mov    %rsi,%rax
	movzwl 0x8(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rsi
	mov    0x18(%rdx),%rcx
	mov    0x20(%rdx),%r8
	lea    -0x1(%r8),%r9
	mov    %r9,%rdi
	shl    $0x6,%rdi
	cmpl   $0x0,0x3c(%rcx,%rdi,1)
	jne    .L1
	lea    (%rcx,%rdi,1),%r10
	mov    0x38(%r10),%r10d
	cmp    %r10,0x38(%rdx)
	jne    .L1
	mov    0x8(%rcx,%rdi,1),%rdi
	mov    %r9,0x20(%rdx)
	shl    $0x6,%r8
	mov    -0x60(%r8,%rcx,1),%rax
	mov    %rax,0x80(%rdx)
	mov    -0x80(%r8,%rcx,1),%rax
	movzwl 0x8(%rdi),%ecx
	mov    %rsi,(%rax,%rcx,8)
	add    $0x10,%rdi
	mov    (%rdi),%rcx
	mov    %rax,%rsi
	pop    %rbx
	jmp    *%rcx
.L1:
	mov    %rdx,%rdi
	mov    %rdx,%rbx
	mov    %rax,%rdx
	call   *(%rip)        # GOT: tauraro::vm::frame::return_slow
	mov    %rax,%rdi
	mov    %rdx,%rax
	mov    %rbx,%rdx
	mov    (%rdi),%rcx
	mov    %rax,%rsi
	pop    %rbx
	jmp    *%rcx
