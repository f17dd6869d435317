# attrs::store_attr  (tauraro::vm::handlers::attrs::store_attr::h)
# 61 instructions; regenerate with asm/dump.sh
	movzwl 0x8(%rdi),%eax
	mov    (%rsi,%rax,8),%rcx
	test   $0x3,%cl
	setne  %r8b
	test   %rcx,%rcx
	sete   %r9b
	mov    (%rip),%rax        # GOT: tauraro::vm::handlers::attrs::store_attr_slow_h::h
	or     %r8b,%r9b
	jne    .L1
	cmpb   $0x12,0x8(%rcx)
	jne    .L1
	mov    (%rcx),%r8
	mov    0x5c(%r8),%r9d
	movslq 0xc(%rdi),%r10
	shl    $0x4,%r10
	lea    (%rdi,%r10,1),%r8
	cmp    0x18(%rdi,%r10,1),%r9d
	jne    .L2
	movzwl 0x38(%r8),%r9d
	mov    0x10(%rcx),%rcx
	mov    (%rip),%rax        # GOT: tauraro::vm::handlers::attrs::store_attr_new_h::h
	test   %rcx,%rcx
	jne    .L5
.L1:
	jmp    *%rax
.L2:
	cmp    %r9d,0x1c(%r8)
	jne    .L3
	movzwl 0x3a(%r8),%r9d
	mov    0x10(%rcx),%rcx
	mov    (%rip),%rax        # GOT: tauraro::vm::handlers::attrs::store_attr_new_h::h
	test   %rcx,%rcx
	jne    .L5
	jmp    .L1
.L3:
	cmp    0x28(%r8),%r9d
	jne    .L4
	movzwl 0x3c(%r8),%r9d
	mov    0x10(%rcx),%rcx
	mov    (%rip),%rax        # GOT: tauraro::vm::handlers::attrs::store_attr_new_h::h
	test   %rcx,%rcx
	jne    .L5
	jmp    .L1
.L4:
	cmp    %r9d,0x2c(%r8)
	jne    .L1
	movzwl 0x3e(%r8),%r9d
	mov    0x10(%rcx),%rcx
	mov    (%rip),%rax        # GOT: tauraro::vm::handlers::attrs::store_attr_new_h::h
	test   %rcx,%rcx
	je     .L1
.L5:
	cmp    0x20(%rcx),%r9
	jae    .L1
	mov    0x18(%rcx),%rcx
	lea    (%r9,%r9,2),%r9
	mov    0x8(%rcx,%r9,8),%r10
	cmp    0x8(%r8),%r10
	jne    .L1
	lea    (%rcx,%r9,8),%rax
	movzwl 0xa(%rdi),%ecx
	mov    (%rsi,%rcx,8),%rcx
	mov    %rcx,0x10(%rax)
	mov    0x10(%rdi),%rax
	add    $0x10,%rdi
	jmp    *%rax
