# fused::lg_lc  (tauraro::vm::handlers::fused::lg_lc::h)
# 71 instructions; regenerate with asm/dump.sh
	push   %r15
	push   %r14
	push   %rbx
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
	jne    .L5
	lea    (%rcx,%r8,8),%rax
	jmp    .L2
.L1:
	test   %rcx,%rcx
	jns    .L5
	add    %rdi,%r8
	mov    0x28(%r8),%r10
	cmp    0x48(%r9),%r10
	jne    .L5
	cmp    %r9,0x38(%r8)
	jne    .L5
	mov    0x8d8(%rdx),%r8
	movabs $0x7fffffffffffffff,%r9
	and    %r9,%rcx
	cmp    0x20(%r8),%rcx
	jae    .L5
	mov    0x18(%r8),%r8
	lea    (%rcx,%rcx,2),%rcx
	cmp    %rax,0x8(%r8,%rcx,8)
	jne    .L5
	lea    (%r8,%rcx,8),%rax
.L2:
	movzwl 0x8(%rdi),%ecx
	mov    0x10(%rax),%rax
	mov    %rax,(%rsi,%rcx,8)
	lea    0x10(%rdi),%rax
	mov    %rsi,%rcx
.L3:
	lea    0x10(%rdi),%r8
	mov    %rax,%r9
	xor    %r8,%r9
	mov    %rcx,%r10
	xor    %rsi,%r10
	or     %r9,%r10
	jne    .L4
	movzwl 0x18(%rdi),%eax
	movslq 0x1c(%rdi),%rcx
	shl    $0x4,%rcx
	mov    0x8(%r8,%rcx,1),%rcx
	mov    %rcx,(%rsi,%rax,8)
	add    $0x20,%rdi
	mov    %rsi,%rcx
	mov    %rdi,%rax
.L4:
	mov    (%rax),%r8
	mov    %rax,%rdi
	mov    %rcx,%rsi
	pop    %rbx
	pop    %r14
	pop    %r15
	jmp    *%r8
.L5:
	mov    %rdi,%r14
	mov    %rsi,%r15
	mov    %rdx,%rbx
	call   <tauraro::vm::handlers::locals::load_global_slow>
	mov    %r15,%rsi
	mov    %r14,%rdi
	mov    %rdx,%rcx
	mov    %rbx,%rdx
	jmp    .L3
