# User binary dunders entered as Python calls from the arithmetic handlers:
# same-class and number operands, NotImplemented -> TypeError, exceptions and
# tracebacks out of a dunder, recursion, closures, methods replaced after use,
# subclasses and reflected operands, fused arithmetic (a * b + c).
import sys


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, s):
        if isinstance(s, V):
            return self.x * s.x + self.y * s.y
        return V(self.x * s, self.y * s)

    def __rmul__(self, s):
        return V(s * self.x, s * self.y)

    def __pow__(self, n):
        return NotImplemented

    def __truediv__(self, s):
        return V(self.x / s, self.y / s)

    def __floordiv__(self, s):
        raise ValueError("no floor division for V")

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


a, b = V(1, 2), V(3, 4)
acc = V(0, 0)
for i in range(50):
    acc = acc + a * 2 - b * 0.5 + V(i, -i)
print(acc)
print(a * b, a * 3, 3 * a, a * 2.5, a / 2, a + b * 2)
print(a * b + 1, (a + b) * (a - b))
for bad in [lambda: a - 1, lambda: a ** 2, lambda: a - 2.5, lambda: a + None, lambda: a @ b]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    a // 2
except ValueError as e:
    print("ValueError:", e)
    print(e.__traceback__ is not None)


def outer():
    return a // 3


try:
    outer()
except ValueError as e:
    print("through a call:", e)


class R:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return 0
        return R(self.n - 1) + o


print(R(50) + R(1))
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    R(10000) + R(1)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(old)


def make(k):
    class C:
        def __init__(self, v):
            self.v = v

        def __add__(self, o):
            return C(self.v + o.v + k)

        def __mul__(self, o):
            return C(self.v * k)
    return C


C = make(100)
print((C(1) + C(2)).v, (C(3) * 7).v)
c = C(1)
for i in range(3):
    c = c + C(i)
print(c.v)
C.__add__ = lambda self, o: "replaced"
print(C(1) + C(2))
C.__add__ = lambda self, o, extra=5: ("defaulted", extra)
print(C(1) + C(2))
c1 = C(1)
c1.__add__ = lambda o: "instance attribute is not used"
print(C(1) + c1 if False else (c1 + C(2)))


class W(V):
    def __add__(self, o):
        return "W.__add__"

    def __radd__(self, o):
        return "W.__radd__"


print(a + W(0, 0), W(0, 0) + a, W(1, 1) + W(2, 2))


class N:
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return "N.__radd__"


try:
    print(N() + N())
except TypeError as e:
    print("TypeError:", e)
print(1 + N(), N() + 1 if False else "skip")
try:
    print(N() + 1)
except TypeError as e:
    print("TypeError:", e)


class G:
    def __add__(self, o):
        yield self
        yield o


print(list(G() + 5)[1])

