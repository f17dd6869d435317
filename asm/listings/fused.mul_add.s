# fused::mul_add  (tauraro::vm::handlers::fused::mul_add::h)
# 80 instructions; regenerate with asm/dump.sh
	push   %rbx
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%rcx
	movzwl 0xc(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	mov    %rax,%r8
	and    %rcx,%r8
	test   $0x1,%r8b
	je     .L1
	mov    %eax,%r9d
	or     %ecx,%r9d
	test   $0x2,%r9b
	jne    .L1
	dec    %rcx
	sar    $0x2,%rax
	imul   %rcx,%rax
	jo     .L6
	or     $0x1,%rax
	jmp    .L2
.L1:
	test   $0x2,%r8b
	je     .L6
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	movq   %rcx,%xmm0
	movq   %rax,%xmm1
	mulsd  %xmm0,%xmm1
	movq   %xmm1,%rax
	rol    $0x4,%rax
	add    $0x3,%rax
	test   $0x2,%al
	je     .L6
.L2:
	movzwl 0x8(%rdi),%ecx
	mov    %rax,(%rsi,%rcx,8)
	movzwl 0x1a(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	movzwl 0x1c(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rcx
	mov    %rcx,%r8
	and    %rax,%r8
	test   $0x1,%r8b
	je     .L3
	mov    %ecx,%r9d
	or     %eax,%r9d
	test   $0x2,%r9b
	jne    .L3
	dec    %rcx
	add    %rcx,%rax
	jno    .L4
	jmp    .L5
.L3:
	test   $0x2,%r8b
	je     .L5
	add    $0xfffffffffffffffd,%rax
	rol    $0x3c,%rax
	add    $0xfffffffffffffffd,%rcx
	rol    $0x3c,%rcx
	movq   %rax,%xmm0
	movq   %rcx,%xmm1
	addsd  %xmm0,%xmm1
	movq   %xmm1,%rax
	rol    $0x4,%rax
	add    $0x3,%rax
	test   $0x2,%al
	je     .L5
.L4:
	movzwl 0x18(%rdi),%ecx
	mov    %rax,(%rsi,%rcx,8)
	add    $0x20,%rdi
	mov    (%rdi),%rax
	pop    %rbx
	jmp    *%rax
.L5:
	add    $0x10,%rdi
.L6:
	mov    %rdx,%rbx
	call   *(%rip)        # GOT: tauraro::vm::handlers::arith::binary_slow
	mov    %rax,%rdi
	mov    %rdx,%rsi
	mov    %rbx,%rdx
	mov    (%rdi),%rax
	pop    %rbx
	jmp    *%rax
