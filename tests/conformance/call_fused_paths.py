# r = f(x) and r = o.m(x) at one call site whose callee changes kind:
# a plain function, a builtin, a class, a bound method, a closure, a function
# with a default, a generator function, a lambda; and errors raised inside.
import sys


def plain(x):
    return x + 1


def with_default(x, y=10):
    return x + y


def gen(x):
    yield x
    yield x * 2


def make_closure(k):
    def inner(x):
        return x * k
    return inner


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Box({self.v})"

    def m(self, x):
        return self.v + x


def site(x):
    r = f(x)
    return r


callees = [plain, len, Box, Box(5).m, make_closure(3), with_default, gen, lambda x: [x], str, abs]
for c in callees:
    f = c
    arg = [1, 2, 3] if c is len else 7
    for _ in range(3):
        r = site(arg)
    if c is gen:
        r = list(r)
    print(getattr(c, "__name__", type(c).__name__), r)


class A:
    def m(self, x):
        return ("A.m", x)


class B:
    @staticmethod
    def m(x):
        return ("B.m static", x)


class C:
    @classmethod
    def m(cls, x):
        return ("C.m", cls.__name__, x)


class D:
    def __init__(self):
        self.m = lambda x: ("D attr", x)


class E(list):
    pass


def msite(o, x):
    r = o.m(x)
    return r


for o in [A(), B(), C(), D(), A(), C()]:
    for _ in range(3):
        r = msite(o, 4)
    print(type(o).__name__, r)

e = E()
for i in range(3):
    e.append(i)
print("E", e)


def boom(x):
    return 1 // x


f = boom
for v in [1, 0]:
    try:
        print("boom", site(v))
    except ZeroDivisionError as ex:
        tb = ex.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_lineno)
            tb = tb.tb_next
        print("ZeroDivisionError", ex, names)


def rec(x):
    r = rec(x)
    return r


try:
    rec(1)
except RecursionError as ex:
    print("RecursionError", ex)

f = plain
total = 0
for i in range(1000):
    total = total + site(i)
print("total", total)
f = 42
try:
    site(1)
except TypeError as ex:
    print("TypeError", ex)
print(sys.getrecursionlimit() > 0)
