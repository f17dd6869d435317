# A comprehension (GetIter + ForIter over an iterator object) runs before any
# `for` statement is linked; then hot `for` loops over unboxed ranges and lists
# (long enough for the JIT) must still be right. No module-level `for` here.
print([x * x for x in range(5)], sum(x for x in range(10)))


def f(n):
    s = 0
    for i in range(n):
        s += i
    return s


def g(xs):
    t = 0
    for x in xs:
        t = t + x
    return t


print(f(5000), f(3), g(list(range(3000))), g(tuple(range(100))))
print({k: v for k, v in zip(range(3), "abc")})
