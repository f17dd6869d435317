# compare::jn_lt  (tauraro::vm::handlers::compare::jn_lt::h)
# 33 instructions; regenerate with asm/dump.sh
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
	ucomisd %xmm0,%xmm1
	jbe    .L3
.L1:
	add    $0x10,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
.L2:
	cmp    %rcx,%rax
	jl     .L1
.L3:
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	add    %rdi,%rax
	mov    %rax,%rdi
	mov    (%rax),%rax
	jmp    *%rax
.L4:
	jmp    *(%rip)        # GOT: tauraro::vm::handlers::compare::jn_lt_slow_h::h
