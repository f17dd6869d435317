# Native code calling Python functions (sorted/min/max key=, map, filter,
# functools.reduce, user __eq__/__lt__ from list methods, iter(f, sentinel)):
# positional arguments placed straight into the frame. Defaults, closures,
# bound methods, *args / keyword-only signatures, errors and recursion.
import functools
import sys

data = [(3, "c"), (1, "a"), (2, "b"), (5, "e"), (4, "d")]
print(sorted(data, key=lambda t: t[0]))
print(sorted(data, key=lambda t, k=1: t[k], reverse=True))


def by(i):
    return lambda t: t[i]


print(min(data, key=by(1)), max(data, key=by(0)))


class Key:
    def __init__(self, sign):
        self.sign = sign

    def of(self, t):
        return self.sign * t[0]

    def pair(self, a, b=10):
        return a * b


k = Key(-1)
print(sorted(data, key=k.of))
print(list(map(k.pair, [1, 2, 3])), list(map(k.pair, [1, 2], [3, 4])))


def add3(a, b, c=100):
    return a + b + c


print(list(map(add3, [1, 2], [10, 20])), list(map(add3, [1], [2], [3])))
print(functools.reduce(lambda acc, x: acc * 2 + x, range(10), 0))
print(list(filter(lambda x, *rest: x % 2, range(10))))


def kwonly(x, *, scale=3):
    return x * scale


print(list(map(kwonly, [1, 2, 3])))


def varargs(*xs):
    return len(xs)


print(list(map(varargs, [1, 2], [3, 4])))


def make_counter():
    n = [0]

    def step():
        n[0] += 1
        return n[0]
    return step


print(list(iter(make_counter(), 6)))

for bad in [lambda: list(map(add3, [1])), lambda: sorted(data, key=lambda: 0), lambda: list(map(kwonly, [1], [2]))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def boom(t):
    if t[0] == 2:
        raise ValueError("key failed at %r" % (t,))
    return t[0]


try:
    sorted(data, key=boom)
except ValueError as e:
    print("ValueError:", e)


class P:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __eq__(self, o):
        return self.v == o.v

    def __repr__(self):
        return "P(%d)" % self.v


ps = [P(3), P(1), P(2)]
print(sorted(ps), ps.index(P(2)), P(1) in ps, ps.count(P(3)))


def deep(n):
    return sorted([n], key=lambda x: deep(x + 1) if x < 10 ** 6 else x)


old = sys.getrecursionlimit()
sys.setrecursionlimit(300)
try:
    deep(0)
except RecursionError as e:
    # (CPython adds " while calling a Python object" when a C caller hits the limit)
    print("RecursionError:", str(e)[:32])
sys.setrecursionlimit(old)


def gen_key(t):
    yield t


print([type(x).__name__ for x in map(gen_key, [1, 2])])
