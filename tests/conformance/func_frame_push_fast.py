# func: the fast call path's frame push: closures (cells loaded after the record), deep frames, UNBOUND locals, collections during calls


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_counter():
    n = 0

    def bump(step):
        nonlocal n
        n += step
        return n
    return bump


class C:
    def __init__(self, base):
        self.base = base

    def m(self, x):
        return self.base + x

    def closure_m(self, x):
        def inner(y):
            return self.base * y
        return inner(x)


def maybe(flag):
    if flag:
        v = 1
    return v


def deep(n, acc):
    if n == 0:
        return acc
    return deep(n - 1, acc + n)


def many_locals(a):
    b = a + 1
    c = b + 1
    d = c + 1
    e = d + 1
    f = e + 1
    g = f + 1
    h = g + 1
    return [a, b, c, d, e, f, g, h]


add5 = make_adder(5)
bump = make_counter()
o = C(10)
total = 0
for i in range(2000):
    total += add5(i) + bump(1) + o.m(i) + o.closure_m(i)
    if i % 500 == 0:
        junk = [[j] * 20 for j in range(3000)]
        total += len(junk) + len([make_adder(j)(j) for j in range(50)])
print(total, bump(0))
print(deep(400, 0))
print(many_locals(3))
for flag in (True, False, True):
    try:
        print(maybe(flag))
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
fs = [make_adder(j) for j in range(5)]
print([f(100) for f in fs])
print([make_counter()(s) for s in range(4)])
