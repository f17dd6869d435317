# attrs::load_method  (tauraro::vm::handlers::attrs::load_method::h)
# 83 instructions; regenerate with asm/dump.sh
	push   %r14
	push   %rbx
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%rax
	test   $0x3,%al
	setne  %r8b
	test   %rax,%rax
	sete   %r9b
	mov    (%rip),%rcx        # GOT: tauraro::vm::handlers::attrs::load_method_slow_h::h
	or     %r8b,%r9b
	jne    .L7
	mov    (%rax),%r8
	test   %r8,%r8
	je     .L7
	mov    0x5c(%r8),%r10d
	movslq 0xc(%rdi),%r8
	shl    $0x4,%r8
	lea    (%rdi,%r8,1),%r9
	cmp    0x38(%rdi,%r8,1),%r10d
	jne    .L4
.L1:
	mov    0x18(%r9),%r8
	cmpb   $0x12,0x8(%rax)
	jne    .L5
.L2:
	mov    0x10(%rax),%r11
	test   %r11,%r11
	je     .L5
	mov    0x8(%r9),%rcx
	mov    0x10(%rcx),%r9
	mov    (%rip),%rcx        # GOT: tauraro::vm::handlers::attrs::load_method_dict_h::h
	cmp    $0xffffffffffffffff,%r9
	je     .L7
	cmpq   $0x0,0x38(%r11)
	jne    .L7
	mov    0x18(%r11),%r10
	mov    0x20(%r11),%r11
	shl    $0x3,%r11
	lea    (%r11,%r11,2),%r11
	xor    %ebx,%ebx
	nopl   0x0(%rax)
.L3:
	cmp    %rbx,%r11
	je     .L5
	cmp    %r9,(%r10,%rbx,1)
	lea    0x18(%rbx),%rbx
	jne    .L3
	jmp    .L7
.L4:
	movzwl 0x28(%r9),%ebx
	movzwl 0x2a(%r9),%r11d
	shl    $0x10,%r11d
	or     %rbx,%r11
	movzwl 0x2c(%r9),%r14d
	shl    $0x20,%r14
	movzwl 0x2e(%r9),%r8d
	shl    $0x30,%r8
	or     %r14,%r8
	cmp    %r10d,0x3c(%r9)
	jne    .L6
	test   $0x1,%bl
	jne    .L1
	or     %r11,%r8
	cmpb   $0x12,0x8(%rax)
	je     .L2
.L5:
	movzwl 0x8(%rdi),%ecx
	mov    %r8,(%rsi,%rcx,8)
	mov    0x8(%rdi),%ecx
	inc    %ecx
	movzwl %cx,%ecx
	mov    %rax,(%rsi,%rcx,8)
	mov    0x10(%rdi),%rax
	add    $0x10,%rdi
	pop    %rbx
	pop    %r14
	jmp    *%rax
.L6:
	test   $0x1,%bl
	je     .L7
	shr    $0x20,%r8
	cmp    %r8d,%r10d
	je     .L1
	shr    %r11d
	cmp    %r11d,%r10d
	je     .L1
.L7:
	pop    %rbx
	pop    %r14
	jmp    *%rcx
