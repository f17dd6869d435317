# locals::load_global  (tauraro::vm::handlers::locals::load_global::h)
# 39 instructions; regenerate with asm/dump.sh
	movslq 0xc(%rdi),%r8
	shl    $0x4,%r8
	mov    0x8(%rdi,%r8,1),%rax
	mov    0x18(%rdi,%r8,1),%rcx
	mov    0x80(%rdx),%r9
	lea    -0x1(%rcx),%r10
	cmp    0x20(%r9),%r10
	jae    .L1
	mov    0x18(%r9),%rcx
	lea    (%r10,%r10,2),%r8
	cmp    %rax,0x8(%rcx,%r8,8)
	jne    .L3
	lea    (%rcx,%r8,8),%rax
	jmp    .L2
.L1:
	test   %rcx,%rcx
	jns    .L3
	add    %rdi,%r8
	mov    0x28(%r8),%r10
	cmp    0x48(%r9),%r10
	jne    .L3
	cmp    %r9,0x38(%r8)
	jne    .L3
	mov    0x8d8(%rdx),%r8
	movabs $0x7fffffffffffffff,%r9
	and    %r9,%rcx
	cmp    0x20(%r8),%rcx
	jae    .L3
	mov    0x18(%r8),%r8
	lea    (%rcx,%rcx,2),%rcx
	cmp    %rax,0x8(%r8,%rcx,8)
	jne    .L3
	lea    (%r8,%rcx,8),%rax
.L2:
	movzwl 0x8(%rdi),%ecx
	mov    0x10(%rax),%rax
	mov    %rax,(%rsi,%rcx,8)
	mov    0x10(%rdi),%rax
	add    $0x10,%rdi
	jmp    *%rax
.L3:
	jmp    *(%rip)        # GOT: tauraro::vm::handlers::locals::load_global_slow_h::h
