00000000001fa910 <tauraro::vm::handlers::arith::add::h>:
push   %rbx
movzwl 0xa(%rdi),%eax
mov    (%rsi,%rax,8),%rax
movzwl 0xc(%rdi),%ecx
mov    (%rsi,%rcx,8),%rcx
mov    %rcx,%r8
and    %rax,%r8
test   $0x1,%r8b
je     1fa943 <tauraro::vm::handlers::arith::add::h+0x33>
mov    %ecx,%r9d
or     %eax,%r9d
and    $0x2,%r9d
jne    1fa943 <tauraro::vm::handlers::arith::add::h+0x33>
dec    %rcx
add    %rcx,%rax
jno    1fa978 <tauraro::vm::handlers::arith::add::h+0x68>
jmp    1fa98a <tauraro::vm::handlers::arith::add::h+0x7a>
test   $0x2,%r8b
je     1fa98a <tauraro::vm::handlers::arith::add::h+0x7a>
add    $0xfffffffffffffffd,%rax
rol    $0x3c,%rax
add    $0xfffffffffffffffd,%rcx
rol    $0x3c,%rcx
movq   %rax,%xmm1
movq   %rcx,%xmm0
addsd  %xmm1,%xmm0
movq   %xmm0,%rax
rol    $0x4,%rax
add    $0x3,%rax
test   $0x2,%al
je     1fa9a2 <tauraro::vm::handlers::arith::add::h+0x92>
movzwl 0x8(%rdi),%ecx
mov    %rax,(%rsi,%rcx,8)
add    $0x10,%rdi
mov    (%rdi),%rax
pop    %rbx
jmp    *%rax
mov    %rdx,%rbx
call   *0x14130d(%rip)
mov    %rax,%rdi
mov    %rdx,%rsi
mov    %rbx,%rdx
mov    (%rdi),%rax
pop    %rbx
jmp    *%rax
mov    %rdx,%rbx
call   259c20 <tauraro::vm::handlers::arith::boxed_float_result>
jmp    1fa993 <tauraro::vm::handlers::arith::add::h+0x83>
int3
int3
int3
int3
