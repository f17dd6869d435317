# calls::return_  (tauraro::vm::handlers::calls::return_::h)
# 25 instructions; regenerate with asm/dump.sh
	mov    0x18(%rdx),%rax
	mov    0x20(%rdx),%rcx
	lea    -0x1(%rcx),%r8
	mov    %r8,%r9
	shl    $0x6,%r9
	cmpl   $0x0,0x3c(%rax,%r9,1)
	jne    .L1
	lea    (%rax,%r9,1),%r10
	mov    0x38(%r10),%r10d
	cmp    %r10,0x38(%rdx)
	jne    .L1
	movzwl 0x8(%rdi),%edi
	mov    (%rsi,%rdi,8),%r10
	mov    0x8(%rax,%r9,1),%rdi
	mov    %r8,0x20(%rdx)
	shl    $0x6,%rcx
	mov    -0x60(%rcx,%rax,1),%rsi
	mov    %rsi,0x80(%rdx)
	mov    -0x80(%rcx,%rax,1),%rsi
	movzwl 0x8(%rdi),%eax
	mov    %r10,(%rsi,%rax,8)
	mov    0x10(%rdi),%rax
	add    $0x10,%rdi
	jmp    *%rax
.L1:
	jmp    *(%rip)        # GOT: tauraro::vm::handlers::calls::return_slow_h::h
