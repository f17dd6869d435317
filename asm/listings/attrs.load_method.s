# attrs::load_method  (tauraro::vm::handlers::attrs::load_method::h)
# 101 instructions; regenerate with asm/dump.sh
	push   %r15
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
	jne    .L9
	mov    (%rax),%r9
	test   %r9,%r9
	je     .L9
	mov    0x5c(%r9),%r11d
	movslq 0xc(%rdi),%r8
	shl    $0x4,%r8
	lea    (%rdi,%r8,1),%r10
	cmp    0x38(%rdi,%r8,1),%r11d
	jne    .L5
.L1:
	mov    0x18(%r10),%r8
	cmpb   $0x12,0x8(%rax)
	jne    .L6
.L2:
	mov    0x10(%rax),%r11
	test   %r11,%r11
	je     .L6
	mov    0x8(%r10),%rcx
	mov    0x10(%rcx),%r10
	testb  $0x1,0x63(%r9)
	jne    .L3
	cmp    $0xffffffffffffffff,%r10
	je     .L8
	mov    %r10,%rcx
	shr    $0xc,%rcx
	xor    %r10,%rcx
	mov    %ecx,%r9d
	shr    $0x3,%r9d
	and    $0x1f8,%r9d
	mov    (%rip),%rbx        # GOT: tauraro::runtime::attr::INSTANCE_KEYS
	mov    (%rbx,%r9,1),%r9
	bt     %rcx,%r9
	jae    .L6
.L3:
	mov    (%rip),%rcx        # GOT: tauraro::vm::handlers::attrs::load_method_dict_h::h
	cmp    $0xffffffffffffffff,%r10
	je     .L9
	cmpq   $0x0,0x38(%r11)
	jne    .L9
	mov    0x18(%r11),%r9
	mov    0x20(%r11),%r11
	shl    $0x3,%r11
	lea    (%r11,%r11,2),%r11
	xor    %ebx,%ebx
.L4:
	cmp    %rbx,%r11
	je     .L6
	cmp    %r10,(%r9,%rbx,1)
	lea    0x18(%rbx),%rbx
	jne    .L4
	jmp    .L9
.L5:
	movzwl 0x28(%r10),%r14d
	movzwl 0x2a(%r10),%ebx
	shl    $0x10,%ebx
	or     %r14,%rbx
	movzwl 0x2c(%r10),%r15d
	shl    $0x20,%r15
	movzwl 0x2e(%r10),%r8d
	shl    $0x30,%r8
	or     %r15,%r8
	cmp    %r11d,0x3c(%r10)
	jne    .L7
	test   $0x1,%r14b
	jne    .L1
	or     %rbx,%r8
	cmpb   $0x12,0x8(%rax)
	je     .L2
.L6:
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
	pop    %r15
	jmp    *%rax
.L7:
	test   $0x1,%r14b
	je     .L9
	shr    $0x20,%r8
	cmp    %r8d,%r11d
	je     .L1
	shr    %ebx
	cmp    %ebx,%r11d
	jne    .L9
	jmp    .L1
.L8:
	mov    (%rip),%rcx        # GOT: tauraro::vm::handlers::attrs::load_method_dict_h::h
.L9:
	pop    %rbx
	pop    %r14
	pop    %r15
	jmp    *%rcx
