# Loops whose body ends with an attribute load (`r = o.a`, the last op before
# the back-edge: a loop-tail superinstruction, a one-op body loops inside its
# handler under --no-jit). Every way the load can miss mid-loop.


class P:
    def __init__(self, a):
        self.a = a


class Q:
    a = "class attr"


class G:
    def __getattr__(self, name):
        return "getattr " + name


class Prop:
    @property
    def a(self):
        return "property"


def last(objs):
    r = None
    for o in objs:
        r = o.a
    return r


def loop_range(o, n):
    r = None
    for i in range(n):
        r = o.a
    return r


def body2(o, n):
    t = 0
    for i in range(n):
        o.a = i
        t = o.a
    return t


p = P(1)
print(loop_range(p, 3000), body2(p, 3000), p.a)
print(last([P(1), P(2), Q(), G(), Prop(), P(3)]))
print([loop_range(o, 50) for o in [P(5), Q(), G(), Prop()]])

# the instance turns to dict mode, the attribute is deleted, mid-run
d = P(7)
print(loop_range(d, 100))
d.__dict__["a"] = 8
print(loop_range(d, 100))
del d.a
try:
    loop_range(d, 100)
except AttributeError as e:
    print("AttributeError", e)


# the attribute disappears in the middle of a loop
class Toggle:
    def __init__(self):
        self.a = 0


def vanish(n):
    t = Toggle()
    r = 0
    for i in range(n):
        if i == n // 2:
            del t.a
        r = t.a
    return r


try:
    vanish(3000)
except AttributeError as e:
    print("AttributeError", e)

# the class gains a data descriptor between runs
print(loop_range(P(9), 200))
P.a = property(lambda self: "now a property", lambda self, v: None)
print(loop_range(P(10), 200), last([P(11), P(12)]))
