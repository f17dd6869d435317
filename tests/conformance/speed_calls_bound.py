# Calls of bound methods held in variables / attributes (self placed in the
# call's dead register), the quickened sites, and their deoptimisation.
import sys


class C:
    def __init__(self, k):
        self.k = k

    def m(self, x):
        return (self.k, x)

    def d(self, x, y=10, *, z=5):
        return (self.k, x, y, z)

    def g(self, n):
        for i in range(n):
            yield self.k + i

    def rec(self, n):
        f = self.rec
        return 0 if n == 0 else 1 + f(n - 1)


def call_it(f, *a):
    return f(*a)


def site(f, x):
    return f(x)


objs = [C(1), C(2)]
out = []
for o in objs:
    f = o.m
    for i in range(3):
        out.append(f(i))
print(out)

# One site: bound methods, plain functions, natives, bound natives, classes.
lst = []
callees = [C(7).m, abs, lst.append, lambda v: ("lam", v), C(8).m, str, lst.append, "x".join, C, type]
print([type(v).__name__ if isinstance(v, C) else v for v in [site(f, ["3", "4"]) if f == "x".join else site(f, 3) for f in callees]], lst)

# Defaults, keywords, wrong counts.
d = C(3).d
print(d(1), d(1, 2), d(1, 2, z=3), d(x=4))
for args in [(), (1, 2, 3)]:
    try:
        d(*args)
    except TypeError as e:
        print("TypeError", e)
m = C(4).m
for k in range(3):
    try:
        print(m() if k == 1 else m(k))
    except TypeError as e:
        print("TypeError", e)

# Generator methods, recursion through bound methods.
gm = C(10).g
print(list(gm(3)), sum(gm(4)))
print(C(0).rec(50))
try:
    C(0).rec(100000)
except RecursionError as e:
    print("RecursionError", e)


# A bound method stored on an instance and called through it (call_method
# with no self), and replaced by other callables.
class Holder:
    pass


h = Holder()
h.cb = C(5).m


def use(h, x):
    return h.cb(x)


res = []
for k in range(4):
    if k == 2:
        h.cb = len
    res.append(use(h, [k] * k))
h.cb = C(6).m
res.append(use(h, "z"))
h.cb = [].append
res.append(use(h, 1))
print(res)


# A bound method of a class whose method is replaced after binding.
class R:
    def f(self, x):
        return "old", x


r = R()
bf = r.f
R.f = lambda self, x: ("new", x)
print(bf(1), r.f(1))

# Bound methods of builtins with bound state.
s = "a,b,c"
sp = s.split
print([sp(",") for _ in range(2)], [sp() for _ in range(1)])
dget = {"a": 1}.get
print([dget(k) for k in "ab"], [dget(k, 0) for k in "ab"])
try:
    dget()
except TypeError as e:
    print("TypeError", e)
print(sys.getrecursionlimit() > 0)
