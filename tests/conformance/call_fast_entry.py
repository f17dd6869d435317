# Python calls entered on the fast path: closures (cells loaded after the
# frame record is pushed), registers past the arguments cleared, recursion,
# errors and tracebacks through such frames.
import sys
import traceback


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_counter():
    n = 0

    def inc(step):
        nonlocal n
        n += step
        return n
    return inc


def outer(a):
    b = a * 2

    def mid(c):
        def inner(d):
            return a + b + c + d
        return inner(c + 1)
    return mid(a + 1)


add5 = make_adder(5)
inc = make_counter()
total = 0
for i in range(300):
    total += add5(i) + inc(1) + outer(i)
print(total, inc(0))


def late(flag):
    if flag:
        v = 1
    return v


for i in range(3):
    try:
        print(late(i == 1))
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def many(a, b):
    c = a + b
    d = c * 2
    e = d - a
    return (a, b, c, d, e)


print([many(i, i + 1) for i in range(4)])


def fib(n):
    if n < 2:
        return n
    x = fib(n - 1)
    y = fib(n - 2)
    return x + y


print(fib(18))


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)


def boom(x):
    return 1 // x


def call_boom(x):
    y = boom(x)
    return y


try:
    call_boom(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("ZeroDivisionError:", e, lines)
    print([ln.strip() for ln in traceback.format_exc().splitlines() if ln.strip().startswith(("y =", "return 1"))])


class C:
    def __init__(self, k):
        self.k = k

    def m(self, x):
        return x * self.k

    def closure_m(self, x):
        k = self.k
        f = lambda y: y + k + x
        return f(1)


o = C(3)
print(sum(o.m(i) for i in range(10)), [o.closure_m(i) for i in range(3)])
m = o.m
print(m(7), C.m(o, 8))


def gen(n):
    for i in range(n):
        yield add5(i)


print(list(gen(4)))


def arity(a, b=2):
    return a + b


print(arity(1), arity(1, 5))
try:
    arity()
except TypeError as e:
    print("TypeError:", e)
try:
    add5(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(sys.getrecursionlimit() > 100)
