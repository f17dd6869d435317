# attrs::load_method  (tauraro::vm::handlers::attrs::load_method::h)
# 122 instructions; regenerate with asm/dump.sh
	push   %rbp
	push   %r15
	push   %r14
	push   %r13
	push   %r12
	push   %rbx
	push   %rax
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%r15
	test   %r15,%r15
	je     .L9
	mov    %r15d,%eax
	and    $0x3,%eax
	jne    .L9
	mov    (%r15),%rcx
	test   %rcx,%rcx
	je     .L9
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	cmp    %rcx,0x18(%rdi,%rax,1)
	jne    .L9
	add    %rdi,%rax
	mov    0x5c(%rcx),%ecx
	cmp    %rcx,0x28(%rax)
	jne    .L9
	cmpb   $0x12,0x8(%r15)
	jne    .L1
	mov    0x10(%r15),%rbx
	test   %rbx,%rbx
	je     .L1
	movzwl 0x8(%rax),%ecx
	movzwl 0xa(%rax),%r8d
	shl    $0x10,%r8d
	mov    0xc(%rax),%r14d
	shl    $0x20,%r14
	or     %r8,%r14
	or     %rcx,%r14
	cmpq   $0x0,0x38(%rbx)
	je     .L3
	add    $0x10,%rbx
	mov    %rdi,%r12
	mov    %rbx,%rdi
	mov    %rsi,%rbx
	mov    %r14,%rsi
	mov    %rdx,%r14
	call   <tauraro::runtime::dict::DictTable::get_str>
	mov    %r12,%rdi
	mov    %rbx,%rsi
	mov    %r14,%rdx
	cmp    $0x1,%rax
	je     .L9
.L1:
	movzwl 0x8(%rdi),%eax
	movslq 0xc(%rdi),%rcx
	shl    $0x4,%rcx
	mov    0x38(%rdi,%rcx,1),%rcx
	mov    %rcx,(%rsi,%rax,8)
	mov    0x8(%rdi),%eax
	inc    %eax
	movzwl %ax,%eax
	mov    %r15,(%rsi,%rax,8)
	add    $0x10,%rdi
.L2:
	mov    (%rdi),%rax
	add    $0x8,%rsp
	pop    %rbx
	pop    %r12
	pop    %r13
	pop    %r14
	pop    %r15
	pop    %rbp
	jmp    *%rax
.L3:
	test   $0x3,%cl
	je     .L5
.L4:
	test   $0x3,%r14b
	jne    .L6
	cmpb   $0x4,0x8(%r14)
	jne    .L6
	jmp    .L10
.L5:
	test   %r14,%r14
	je     .L6
	movzbl 0x8(%r14),%eax
	cmp    $0x4,%eax
	je     .L10
	cmp    $0x12,%eax
	jne    .L4
	mov    0x18(%r14),%rax
	test   %rax,%rax
	cmovne %rax,%r14
	jmp    .L4
.L6:
	xor    %eax,%eax
.L7:
	mov    0x18(%rbx),%rcx
	mov    0x20(%rbx),%r8
	shl    $0x3,%r8
	lea    (%r8,%r8,2),%r8
	xor    %r9d,%r9d
	cs nopw 0x0(%rax,%rax,1)
.L8:
	cmp    %r9,%r8
	je     .L1
	cmp    %rax,(%rcx,%r9,1)
	lea    0x18(%r9),%r9
	jne    .L8
.L9:
	mov    %rdx,%rbx
	call   <tauraro::vm::handlers::attrs::load_method_slow>
	mov    %rax,%rdi
	mov    %rdx,%rsi
	mov    %rbx,%rdx
	jmp    .L2
.L10:
	mov    0x10(%r14),%rax
	cmp    $0xffffffffffffffff,%rax
	jne    .L7
	lea    0x28(%r14),%rax
	mov    0x20(%r14),%rcx
	mov    %rdi,%r12
	mov    %rax,%rdi
	mov    %rsi,%r13
	mov    %rcx,%rsi
	mov    %rdx,%rbp
	call   *(%rip)        # GOT: tauraro::runtime::dict::hash_bytes
	mov    %r12,%rdi
	mov    %r13,%rsi
	mov    %rbp,%rdx
	mov    %rax,0x10(%r14)
	jmp    .L7
