# compare::jn_ne  (tauraro::vm::handlers::compare::jn_ne::h)
# 34 instructions; regenerate with asm/dump.sh
	movzwl 0x8(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	movzwl 0xa(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rcx
	lea    -0x1(%rax),%r8d
	lea    -0x1(%rcx),%r9d
	or     %r8d,%r9d
	test   $0x3,%r9b
	je     .L2
	mov    %eax,%r8d
	and    %ecx,%r8d
	test   $0x2,%r8b
	je     .L4
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	movq   %rax,%xmm0
	movq   %rcx,%xmm1
	ucomisd %xmm1,%xmm0
	jne    .L1
	jnp    .L3
.L1:
	add    $0x10,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
.L2:
	cmp    %rcx,%rax
	jne    .L1
.L3:
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	add    %rdi,%rax
	mov    %rax,%rdi
	mov    (%rax),%rax
	jmp    *%rax
.L4:
	jmp    *(%rip)        # GOT: tauraro::vm::handlers::compare::jn_ne_slow_h::h
