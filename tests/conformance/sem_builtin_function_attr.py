# A builtin function stored in a class is not bound (it has no __get__);
# builtin methods and Python functions are.
import math
import time


class A:
    f = len
    g = abs
    h = math.sqrt
    p = print
    s = sorted

    def m(self, x):
        return ("m", x)


a = A()
print(a.f([1, 2, 3]), a.g(-2), a.h(16.0), A.f("ab"))
print(a.f is len, A.__dict__["f"] is len, a.h is math.sqrt)
print(a.s([3, 1, 2], reverse=True))
a.p("printed", "through", "a class attribute", sep="-")
print(a.m(5), type(a.m).__name__, type(a.f).__name__)
print(type(A.__dict__["f"]).__name__, hasattr(len, "__get__"))


class B(list):
    push = list.append


b = B()
b.push(5)
b.push(6)
print(b, type(B.push).__name__, type(b.push).__name__)


class C:
    up = str.upper


try:
    C().up()
except TypeError as e:
    print("TypeError:", e)


class D:
    now = time.time
    mono = time.monotonic


print(type(D().now()).__name__, type(D.mono()).__name__)


class E:
    conv = staticmethod(time.gmtime)


print(E().conv(0).tm_year, E.conv(86400).tm_yday)


def gen():
    class F:
        k = max
    return F().k(3, 9, 4)


print(gen())
