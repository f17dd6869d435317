# Class instantiation fast path: caches keyed by class version, frames
# overlaid on the argument registers; every invalidation edge case.


class P:
    def __init__(self, x, y=10):
        self.x = x
        self.y = y


def make_many(cls, n):
    out = []
    for i in range(n):
        out.append(cls(i))
    return out


ps = make_many(P, 5)
print([(p.x, p.y) for p in ps])

# __init__ replaced after instances exist
def new_init(self, x, y=20):
    self.x = -x
    self.y = y
P.__init__ = new_init
print([(p.x, p.y) for p in make_many(P, 3)])
print(ps[0].x, ps[0].y)

# __init__ deleted: object.__init__ takes no arguments
del P.__init__
try:
    P(1)
except TypeError as e:
    print("TypeError", e)
print(type(P()).__name__)

# __new__ defined later
class Q:
    def __init__(self, v):
        self.v = v

qs = [Q(i).v for i in range(3)]
print(qs)

def q_new(cls, v):
    print("new", v)
    o = object.__new__(cls)
    o.extra = v * 100
    return o
Q.__new__ = q_new
for i in range(2):
    q = Q(i)
    print(q.v, q.extra)

# __new__ returning something else: __init__ not called
class R:
    def __new__(cls, v):
        return v * 2
    def __init__(self, v):
        print("never")
print([R(i) for i in range(3)])

# base class __init__ changed after a subclass was instantiated
class Base:
    def __init__(self, a):
        self.a = a

class Sub(Base):
    pass

print([Sub(i).a for i in range(3)])
def base_init(self, a):
    self.a = a + 1000
Base.__init__ = base_init
print([Sub(i).a for i in range(3)])
def sub_init(self, a):
    self.a = "sub%d" % a
Sub.__init__ = sub_init
print([Sub(i).a for i in range(3)])

# __init__ returning a value
class Bad:
    def __init__(self, n):
        if n > 1:
            return n
for i in range(3):
    try:
        Bad(i)
        print("ok", i)
    except TypeError as e:
        print("TypeError", e)

# wrong argument counts, keywords, star-args
class K:
    def __init__(self, a, b, *, c=3):
        self.t = (a, b, c)
for args in [(1,), (1, 2), (1, 2, 3)]:
    try:
        print(K(*args).t)
    except TypeError as e:
        print("TypeError", e)
print(K(1, b=2).t, K(1, 2, c=9).t)

# class held in a local variable and in a module attribute; method call syntax
def local_class(n):
    C = P
    C.__init__ = lambda self, x: setattr(self, "x", x * 3)
    return [C(i).x for i in range(n)]
print(local_class(3))
class NS:
    pass
ns = NS()
ns.P = Base
print([ns.P(i).a for i in range(3)])

# closure in __init__ (class defined inside a function)
def factory(k):
    class C:
        def __init__(self, x):
            self.x = x + k
    return C
C5 = factory(5)
print([C5(i).x for i in range(3)])

# exception inside __init__, traceback through it, state intact afterwards
class Boom:
    def __init__(self, n):
        self.n = 10 // n
for i in (1, 0, 2):
    try:
        print(Boom(i).n)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)

# recursion through __init__ ends in RecursionError
class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1)
try:
    Deep(0)
except RecursionError as e:
    print("RecursionError", e)

# instantiation inside generators and nested calls
class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right
def tree(d):
    return Node(tree(d - 1), tree(d - 1)) if d > 0 else Node(None, None)
def count(t):
    return 1 if t.left is None else 1 + count(t.left) + count(t.right)
print(count(tree(6)))
def gen_nodes(n):
    for i in range(n):
        yield Node(i, None)
print([x.left for x in gen_nodes(4)])

# a metaclass without __init__/__new__ of its own; instances of its classes
class Meta(type):
    def describe(cls):
        return "class " + cls.__name__
class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(WithMeta.describe(), [WithMeta(i).v for i in range(3)])
