# attrs::load_attr  (tauraro::vm::handlers::attrs::load_attr::h)
# 66 instructions; regenerate with asm/dump.sh
	push   %r15
	push   %r14
	push   %r13
	push   %r12
	push   %rbx
	mov    %rdx,%rbx
	mov    %rsi,%r15
	mov    %rdi,%r14
	movzwl 0xa(%rdi),%eax
	mov    (%rsi,%rax,8),%r12
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	mov    0x8(%rdi,%rax,1),%r13
	test   $0x3,%r12b
	setne  %al
	test   %r12,%r12
	sete   %cl
	or     %al,%cl
	jne    .L1
	cmpb   $0x12,0x8(%r12)
	jne    .L1
	mov    (%r12),%rax
	movzwl 0x60(%rax),%eax
	test   $0x104,%eax
	je     .L6
.L1:
	mov    %rbx,%rdi
	mov    %r12,%rsi
	mov    %r13,%rdx
	call   *(%rip)        # GOT: tauraro::runtime::attr::lookup_attr
	cmp    $0x2,%rax
	jne    .L3
.L2:
	mov    %r14,%rdi
	mov    %rbx,%rsi
	call   *(%rip)        # GOT: tauraro::vm::frame::throw
	mov    %rax,%r14
	mov    %rdx,%r15
	jmp    .L5
.L3:
	test   %rax,%rax
	je     .L7
.L4:
	movzwl 0x8(%r14),%eax
	mov    %rdx,(%r15,%rax,8)
	add    $0x10,%r14
.L5:
	mov    (%r14),%rax
	mov    %r14,%rdi
	mov    %r15,%rsi
	mov    %rbx,%rdx
	pop    %rbx
	pop    %r12
	pop    %r13
	pop    %r14
	pop    %r15
	jmp    *%rax
.L6:
	mov    0x10(%r12),%rdi
	test   %rdi,%rdi
	je     .L1
	add    $0x10,%rdi
	mov    %r13,%rsi
	call   <tauraro::runtime::dict::DictTable::get_str>
	test   $0x1,%al
	je     .L1
	jmp    .L4
.L7:
	mov    %rbx,%rdi
	mov    %r12,%rsi
	mov    %r13,%rdx
	call   *(%rip)        # GOT: tauraro::runtime::attr::attr_error
	jmp    .L2
