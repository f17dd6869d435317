# fused::lg_lc  (tauraro::vm::handlers::fused::lg_lc::h)
# 54 instructions; regenerate with asm/dump.sh
	push   %r15
	push   %r14
	push   %rbx
	movslq 0xc(%rdi),%rax
	shl    $0x4,%rax
	mov    0x18(%rdi,%rax,1),%rcx
	test   %rcx,%rcx
	je     .L4
	mov    0x80(%rdx),%r8
	cmp    0x20(%r8),%rcx
	ja     .L4
	mov    0x8(%rdi,%rax,1),%r9
	mov    0x18(%r8),%rax
	lea    (%rcx,%rcx,2),%rcx
	cmp    %r9,-0x10(%rax,%rcx,8)
	jne    .L4
	lea    (%rax,%rcx,8),%rax
	add    $0xffffffffffffffe8,%rax
	movzwl 0x8(%rdi),%ecx
	mov    0x10(%rax),%rax
	mov    %rax,(%rsi,%rcx,8)
	lea    0x10(%rdi),%rax
	mov    %rsi,%rcx
.L1:
	lea    0x10(%rdi),%r8
	mov    %rax,%r9
	xor    %r8,%r9
	mov    %rcx,%r10
	xor    %rsi,%r10
	or     %r9,%r10
	jne    .L2
	movzwl 0x18(%rdi),%eax
	movslq 0x1c(%rdi),%rcx
	shl    $0x4,%rcx
	mov    0x8(%r8,%rcx,1),%rcx
	mov    %rcx,(%rsi,%rax,8)
	add    $0x20,%rdi
	mov    %rdi,%rax
	jmp    .L3
.L2:
	mov    %rcx,%rsi
.L3:
	mov    (%rax),%rcx
	mov    %rax,%rdi
	pop    %rbx
	pop    %r14
	pop    %r15
	jmp    *%rcx
.L4:
	mov    %rdi,%r14
	mov    %rsi,%r15
	mov    %rdx,%rbx
	call   <tauraro::vm::handlers::locals::load_global_slow>
	mov    %r14,%rdi
	mov    %r15,%rsi
	mov    %rdx,%rcx
	mov    %rbx,%rdx
	jmp    .L1
