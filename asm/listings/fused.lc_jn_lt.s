# fused::lc_jn_lt  (tauraro::vm::handlers::fused::lc_jn_lt::h)
# 40 instructions; regenerate with asm/dump.sh
	mov    %rdi,%rax
	movzwl 0x8(%rdi),%ecx
	movslq 0xc(%rdi),%rdi
	shl    $0x4,%rdi
	mov    0x8(%rax,%rdi,1),%rdi
	mov    %rdi,(%rsi,%rcx,8)
	lea    0x10(%rax),%rdi
	movzwl 0x18(%rax),%ecx
	mov    (%rsi,%rcx,8),%rcx
	movzwl 0x1a(%rax),%r8d
	mov    (%rsi,%r8,8),%r8
	lea    -0x1(%rcx),%r9d
	lea    -0x1(%r8),%r10d
	or     %r9d,%r10d
	test   $0x3,%r10b
	je     .L2
	mov    %ecx,%r9d
	and    %r8d,%r9d
	test   $0x2,%r9b
	je     .L4
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	add    $0xfffffffffffffffd,%r8
	rol    $0x3c,%r8
	movq   %rcx,%xmm0
	movq   %r8,%xmm1
	ucomisd %xmm0,%xmm1
	jbe    .L3
.L1:
	add    $0x20,%rax
	mov    %rax,%rdi
	mov    (%rax),%rax
	jmp    *%rax
.L2:
	cmp    %r8,%rcx
	jl     .L1
.L3:
	movslq 0x1c(%rax),%rax
	shl    $0x4,%rax
	add    %rax,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
.L4:
	jmp    *(%rip)        # GOT: tauraro::vm::handlers::compare::jn_lt_slow_h::h
