# locals::load_global  (tauraro::vm::handlers::locals::load_global::h)
# 45 instructions; regenerate with asm/dump.sh
	movslq 0xc(%rdi),%r8
	shl    $0x4,%r8
	mov    0x8(%rdi,%r8,1),%rax
	mov    0x18(%rdi,%r8,1),%r9d
	movzwl 0x1c(%rdi,%r8,1),%ecx
	shl    $0x20,%rcx
	or     %r9,%rcx
	movzwl 0x1e(%rdi,%r8,1),%r9d
	shl    $0x30,%r9
	mov    0x80(%rdx),%r10
	lea    (%r9,%rcx,1),%r11
	dec    %r11
	cmp    0x20(%r10),%r11
	jae    .L1
	mov    0x18(%r10),%rcx
	lea    (%r11,%r11,2),%r8
	cmp    %rax,0x8(%rcx,%r8,8)
	je     .L2
	jmp    .L3
.L1:
	test   %r9,%r9
	jns    .L3
	add    %rdi,%r8
	mov    0x28(%r8),%r11
	cmp    0x48(%r10),%r11
	jne    .L3
	cmp    %r10,0x38(%r8)
	jne    .L3
	or     %r9,%rcx
	mov    0x8d8(%rdx),%r8
	movabs $0x7fffffffffffffff,%r9
	and    %rcx,%r9
	cmp    0x20(%r8),%r9
	jae    .L3
	mov    0x18(%r8),%rcx
	lea    (%r9,%r9,2),%r8
	cmp    %rax,0x8(%rcx,%r8,8)
	jne    .L3
.L2:
	lea    (%rcx,%r8,8),%rax
	movzwl 0x8(%rdi),%ecx
	mov    0x10(%rax),%rax
	mov    %rax,(%rsi,%rcx,8)
	mov    0x10(%rdi),%rax
	add    $0x10,%rdi
	jmp    *%rax
.L3:
	jmp    *(%rip)        # GOT: tauraro::vm::handlers::locals::load_global_slow_h::h
