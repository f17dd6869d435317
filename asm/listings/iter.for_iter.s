# iter::for_iter  (tauraro::vm::handlers::iter::for_iter::h)
# 55 instructions; regenerate with asm/dump.sh
	movzwl 0x8(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	test   %rax,%rax
	je     .L2
	mov    %eax,%ecx
	and    $0x3,%ecx
	jne    .L2
	cmpb   $0x17,0x8(%rax)
	jne    .L2
	movzbl 0x10(%rax),%ecx
	cmp    $0x4,%ecx
	je     .L1
	test   %ecx,%ecx
	jne    .L2
	mov    0x18(%rax),%rcx
	test   %rcx,%rcx
	je     .L2
	mov    %ecx,%r8d
	and    $0x3,%r8d
	jne    .L2
	cmpb   $0x7,0x8(%rcx)
	jne    .L2
	mov    0x20(%rax),%r8
	cmp    0x20(%rcx),%r8
	jae    .L2
	movzwl 0xa(%rdi),%r9d
	mov    0x18(%rcx),%rcx
	mov    (%rcx,%r8,8),%rcx
	mov    %rcx,(%rsi,%r9,8)
	incq   0x20(%rax)
	add    $0x10,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
.L1:
	cmpq   $0x0,0x28(%rax)
	je     .L3
	mov    0x18(%rax),%rcx
	movabs $0x2000000000000000,%r8
	add    %rcx,%r8
	shr    $0x3e,%r8
	jne    .L2
	lea    0x1(,%rcx,4),%rcx
	movzwl 0xa(%rdi),%r8d
	mov    %rcx,(%rsi,%r8,8)
	mov    0x20(%rax),%rcx
	add    %rcx,0x18(%rax)
	decq   0x28(%rax)
	add    $0x10,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
.L2:
	jmp    *(%rip)        # GOT: tauraro::vm::handlers::iter::for_iter_slow_h::h
.L3:
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	add    %rax,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
