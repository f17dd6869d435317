# Calls with positional defaults and class instantiation fast paths.

def f(a, b=2, c=[]):
    c.append(a)
    return a, b, len(c)

for i in range(3):
    print(f(i), f(i, 5), f(i, 5, [9]))
f.__defaults__ = (7, [1, 2])
print(f(1), f(1, 1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)

def g(a, b, c=3):
    return a + b + c
try:
    g(1)
except TypeError as e:
    print(e)
print(g(1, 2), g(1, 2, 4))

def outer(k):
    def inner(x, y=k):
        return x * y
    return inner
h = outer(3)
print(h(2), h(2, 5))

class V:
    def __init__(self, x, y=0, z=0):
        self.x, self.y, self.z = x, y, z
    def scaled(self, s=2):
        return V(self.x * s, self.y * s, self.z * s)
    def __repr__(self):
        return "V(%r, %r, %r)" % (self.x, self.y, self.z)

vs = [V(i) for i in range(3)] + [V(1, 2), V(1, 2, 3), V(x=4), V(5, z=6)]
print(vs, [v.scaled() for v in vs[:3]], vs[4].scaled(10))
try:
    V()
except TypeError as e:
    print(e)
try:
    V(1, 2, 3, 4)
except TypeError as e:
    print(e)

class W:
    def __init__(self, a, b=None):
        self.a = a
        self.b = b
    def __init_subclass__(cls):
        pass
class W2(W):
    pass
print([(w.a, w.b) for w in (W(1), W2(2), W(3, 4))])
V.__init__.__defaults__ = (10, 20)
print(V(1))

def cell(a, b=1):
    def get():
        return a + b
    return get
print(cell(1)(), cell(1, 5)())

def rec(n, acc=0):
    if n == 0:
        return acc
    return rec(n - 1, acc + n)
print(rec(100))
