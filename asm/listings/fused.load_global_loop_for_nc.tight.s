# fused::load_global_loop_for_nc::tight  (tauraro::vm::handlers::fused::load_global_loop_for_nc::tight::h)
# 67 instructions; regenerate with asm/dump.sh
	movslq 0xc(%rdi),%r9
	shl    $0x4,%r9
	mov    0x8(%rdi,%r9,1),%rcx
	mov    0x18(%rdi,%r9,1),%r8
	mov    0x80(%rdx),%r10
	lea    -0x1(%r8),%rax
	cmp    0x20(%r10),%rax
	jae    .L2
	mov    0x18(%r10),%r8
	lea    (%rax,%rax,2),%rax
	cmp    %rcx,0x8(%r8,%rax,8)
	jne    .L4
	lea    (%r8,%rax,8),%rax
.L1:
	movzwl 0x8(%rdi),%ecx
	mov    0x10(%rax),%rax
	mov    %rax,(%rsi,%rcx,8)
	mov    0x110(%rdx),%rax
	cmp    0x118(%rdx),%rax
	jae    .L6
	movzwl -0x8(%rdi),%eax
	mov    (%rsi,%rax,8),%rcx
	test   $0x1,%cl
	jne    .L7
	mov    (%rip),%rax        # GOT: tauraro::vm::handlers::fused::load_global_loop_for_nc::deopt::h
	jmp    *%rax
.L2:
	mov    (%rip),%rax        # GOT: tauraro::vm::handlers::locals::load_global_slow_h::h
	test   %r8,%r8
	js     .L5
.L3:
	jmp    *%rax
.L4:
	mov    (%rip),%rax        # GOT: tauraro::vm::handlers::locals::load_global_slow_h::h
	jmp    *%rax
.L5:
	add    %rdi,%r9
	mov    0x28(%r9),%r11
	cmp    0x48(%r10),%r11
	jne    .L3
	cmp    %r10,0x38(%r9)
	jne    .L3
	mov    0x8d8(%rdx),%r9
	movabs $0x7fffffffffffffff,%r10
	and    %r10,%r8
	cmp    0x20(%r9),%r8
	jae    .L3
	mov    0x18(%r9),%r9
	lea    (%r8,%r8,2),%r8
	cmp    %rcx,0x8(%r9,%r8,8)
	jne    .L3
	lea    (%r9,%r8,8),%rax
	jmp    .L1
.L6:
	add    $0x10,%rdi
	mov    (%rip),%rax        # GOT: tauraro::vm::handlers::control::loop_gc_nc::h
	jmp    *%rax
.L7:
	cmp    0x8(%rsi,%rax,8),%rcx
	jge    .L8
	movzwl -0x6(%rdi),%r8d
	mov    %rcx,(%rsi,%r8,8)
	mov    0x10(%rsi,%rax,8),%r8
	add    %r8,%rcx
	dec    %rcx
	mov    %rcx,(%rsi,%rax,8)
	mov    (%rdi),%rax
	jmp    *%rax
.L8:
	movslq -0x4(%rdi),%rax
	shl    $0x4,%rax
	add    %rax,%rdi
	add    $0xfffffffffffffff0,%rdi
	mov    (%rdi),%rax
	jmp    *%rax
