import vm_helper
import vm_helper as h2
from vm_helper import f, X
from vm_helper import *
print(vm_helper.X, h2 is vm_helper, f(), X)
import vm_pkg
print(vm_pkg.val, vm_pkg.sub.val)
import vm_pkg.sub
from vm_pkg import sub
print(sub.val)
try:
    from vm_helper import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import nothing_here
except ModuleNotFoundError as e:
    print(e, e.name)
class A:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"A({self.x!r})"
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    @staticmethod
    def s(a, *args, k=1, **kw):
        return (a, args, k, kw)
    @classmethod
    def c(cls):
        return cls.__name__
    @property
    def p(self):
        return self.x + self.y
b = B(1, 2)
print(b, b.p, B.s(1, 2, 3, k=4, z=5), B.c(), b.c())
def deco(fn):
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper
@deco
def g(a, b=2, *c, d, **e):
    return a, b, c, d, e
print(g(1, d=4), g(1, 2, 3, d=5, z=6), g(*[1, 2], **{"d": 9}))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c())
G = 1
def setg():
    global G
    G = 2
    del G
try:
    setg(); print(G)
except NameError as e:
    print(e)
print([x * y for x in range(3) for y in range(3) if x != y], {k: v for k, v in zip("ab", [1, 2])}, {x % 3 for x in range(10)})
print(sum(x for x in range(10)), list(map(lambda x, y=2: x * y, [1, 2, 3])))
def pos_only(a, b, /, c):
    return a, b, c
print(pos_only(1, 2, c=3))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print(e)
a, *b = "hello"; print(a, b)
print(sorted([3, 1, 2], key=lambda v: -v))
x = [1, 2, 3]; x[1] = 20; del x[0]; print(x, x[-1])
