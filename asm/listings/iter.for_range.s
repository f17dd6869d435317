# iter::for_range  (tauraro::vm::handlers::iter::for_range::h)
# 94 instructions; regenerate with asm/dump.sh
	movzwl 0x8(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rax
	mov    %rax,%r8
	and    $0x3,%r8
	je     .L1
	cmp    $0x1,%r8d
	jne    .L7
	cmp    0x8(%rsi,%rcx,8),%rax
	jge    .L6
	movzwl 0xa(%rdi),%r8d
	mov    %rax,(%rsi,%r8,8)
	mov    0x10(%rsi,%rcx,8),%r8
	add    %r8,%rax
	dec    %rax
	mov    %rax,(%rsi,%rcx,8)
	add    $0x10,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
.L1:
	test   %rax,%rax
	je     .L7
	movzbl 0x8(%rax),%r8d
	cmp    $0x17,%r8d
	je     .L2
	cmp    $0x8,%r8d
	je     .L3
	cmp    $0x7,%r8d
	jne    .L7
	mov    0x8(%rsi,%rcx,8),%r8
	sar    $0x2,%r8
	cmp    0x20(%rax),%r8
	jae    .L6
	mov    0x18(%rax),%rax
	movzwl 0xa(%rdi),%r9d
	mov    (%rax,%r8,8),%rax
	jmp    .L4
.L2:
	movzbl 0x10(%rax),%ecx
	cmp    $0x4,%ecx
	je     .L5
	test   %ecx,%ecx
	jne    .L7
	mov    0x18(%rax),%rcx
	test   %rcx,%rcx
	je     .L7
	mov    %ecx,%r8d
	and    $0x3,%r8d
	jne    .L7
	cmpb   $0x7,0x8(%rcx)
	jne    .L7
	mov    0x20(%rax),%r8
	cmp    0x20(%rcx),%r8
	jae    .L7
	movzwl 0xa(%rdi),%r9d
	mov    0x18(%rcx),%rcx
	mov    (%rcx,%r8,8),%rcx
	mov    %rcx,(%rsi,%r9,8)
	incq   0x20(%rax)
	add    $0x10,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
.L3:
	mov    0xc(%rax),%r9d
	mov    0x8(%rsi,%rcx,8),%r8
	sar    $0x2,%r8
	cmp    %r9,%r8
	jae    .L6
	movzwl 0xa(%rdi),%r9d
	mov    0x10(%rax,%r8,8),%rax
.L4:
	mov    %rax,(%rsi,%r9,8)
	addq   $0x4,0x8(%rsi,%rcx,8)
	add    $0x10,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
.L5:
	cmpq   $0x0,0x28(%rax)
	je     .L6
	mov    0x18(%rax),%rcx
	movabs $0x2000000000000000,%r8
	add    %rcx,%r8
	shr    $0x3e,%r8
	jne    .L7
	lea    0x1(,%rcx,4),%rcx
	movzwl 0xa(%rdi),%r8d
	mov    %rcx,(%rsi,%r8,8)
	mov    0x20(%rax),%rcx
	add    %rcx,0x18(%rax)
	decq   0x28(%rax)
	add    $0x10,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
.L6:
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	add    %rdi,%rax
	mov    %rax,%rdi
	mov    (%rax),%rax
	jmp    *%rax
.L7:
	jmp    *(%rip)        # GOT: tauraro::vm::handlers::iter::for_iter_slow_h::h
