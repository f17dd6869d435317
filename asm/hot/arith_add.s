00000000001a1680 <tauraro::vm::handlers::arith::add::h>:
push   %r15
push   %r14
push   %r12
push   %rbx
push   %rax
movzwl 0xa(%rdi),%eax
mov    (%rsi,%rax,8),%rax
movzwl 0xc(%rdi),%ecx
mov    (%rsi,%rcx,8),%rcx
mov    %rcx,%r8
and    %rax,%r8
test   $0x1,%r8b
je     1a16c2 <tauraro::vm::handlers::arith::add::h+0x42>
mov    %ecx,%r9d
or     %eax,%r9d
and    $0x2,%r9d
jne    1a16c2 <tauraro::vm::handlers::arith::add::h+0x42>
dec    %rcx
add    %rcx,%rax
jo     1a1713 <tauraro::vm::handlers::arith::add::h+0x93>
movzwl 0x8(%rdi),%ecx
mov    %rax,(%rsi,%rcx,8)
jmp    1a16ff <tauraro::vm::handlers::arith::add::h+0x7f>
test   $0x2,%r8b
je     1a1713 <tauraro::vm::handlers::arith::add::h+0x93>
add    $0xfffffffffffffffd,%rax
rol    $0x3c,%rax
add    $0xfffffffffffffffd,%rcx
rol    $0x3c,%rcx
movzwl 0x8(%rdi),%ebx
movq   %rax,%xmm1
movq   %rcx,%xmm0
addsd  %xmm1,%xmm0
movq   %xmm0,%rax
rol    $0x4,%rax
add    $0x3,%rax
test   $0x2,%al
je     1a1727 <tauraro::vm::handlers::arith::add::h+0xa7>
mov    %rax,(%rsi,%rbx,8)
add    $0x10,%rdi
mov    (%rdi),%rax
add    $0x8,%rsp
pop    %rbx
pop    %r12
pop    %r14
pop    %r15
jmp    *%rax
mov    %rdx,%rbx
call   *0x13ada4(%rip)
mov    %rax,%rdi
mov    %rdx,%rsi
mov    %rbx,%rdx
jmp    1a1703 <tauraro::vm::handlers::arith::add::h+0x83>
mov    %rdi,%r14
mov    %rdx,%rdi
mov    %rdx,%r15
mov    %rsi,%r12
call   *0x139cd7(%rip)
mov    %r14,%rdi
mov    %r12,%rsi
mov    %r15,%rdx
jmp    1a16fb <tauraro::vm::handlers::arith::add::h+0x7b>
int3
int3
int3
int3
int3
int3
int3
int3
int3
int3
int3
int3
