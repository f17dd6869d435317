# locals::load_global  (tauraro::vm::handlers::locals::load_global::h)
# 31 instructions; regenerate with asm/dump.sh
	push   %rbx
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	mov    0x18(%rdi,%rax,1),%rcx
	test   %rcx,%rcx
	je     .L1
	mov    0x80(%rdx),%r8
	cmp    0x20(%r8),%rcx
	ja     .L1
	mov    0x8(%rdi,%rax,1),%r9
	mov    0x18(%r8),%rax
	lea    (%rcx,%rcx,2),%rcx
	cmp    %r9,-0x10(%rax,%rcx,8)
	jne    .L1
	lea    (%rax,%rcx,8),%rax
	add    $0xffffffffffffffe8,%rax
	movzwl 0x8(%rdi),%ecx
	mov    0x10(%rax),%rax
	mov    %rax,(%rsi,%rcx,8)
	add    $0x10,%rdi
	mov    (%rdi),%rax
	pop    %rbx
	jmp    *%rax
.L1:
	mov    %rdx,%rbx
	call   <tauraro::vm::handlers::locals::load_global_slow>
	mov    %rax,%rdi
	mov    %rdx,%rsi
	mov    %rbx,%rdx
	mov    (%rdi),%rax
	pop    %rbx
	jmp    *%rax
