# `o.x = v; r = o.y` ending a for loop (one fused pair, one class guard): hits, and every miss on the way
class P:
    def __init__(self):
        self.a = 0
        self.b = 1


class Q:
    def __init__(self):
        self.b = 5
        self.a = 7


class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 0
        self.b = 2


class Prop:
    def __init__(self):
        self.a = 0
        self._b = 3

    @property
    def b(self):
        return self._b * 10


class Hook:
    def __init__(self):
        self.a = 0
        self.b = 4

    def __setattr__(self, k, v):
        object.__setattr__(self, k, v + 1000 if k == "a" else v)


def same(o, n):
    r = 0
    for i in range(n):
        o.a = i
        r = o.a
    return r, o.a


def other(o, n):
    r = 0
    for i in range(n):
        o.a = i
        r = o.b
    return r, o.a


def swap(objs, n):
    # The object changes each iteration: the guard misses half the time.
    r = []
    for i in range(n):
        o = objs[i % len(objs)]
        o.a = i
        r = o.b
    return r, [x.a for x in objs]


print(same(P(), 3000), other(P(), 3000))
print(same(Q(), 3000), other(Q(), 3000))
print(same(S(), 3000), other(S(), 3000))
print(other(Prop(), 3000), other(Hook(), 3000), same(Hook(), 3000))
print(swap([P(), Q(), S(), Prop(), Hook()], 3001))

# The instance grows a dict entry, loses the attribute, changes class mid-loop.
def grow(n):
    o = P()
    out = []
    for i in range(n):
        o.a = i
        out = o.b
        if i == 1500:
            o.c = 9
            o.__dict__["b"] = "dict"
        if i == 2000:
            o.__class__ = Q
    return out, o.a, type(o).__name__


print(grow(3000))


def gone(n):
    o = P()
    r = None
    try:
        for i in range(n):
            o.a = i
            r = o.b
            if i == 2500:
                del o.b
    except AttributeError as e:
        return "AttributeError", e, r, i


print(gone(3000))


# A class attribute shadowed later by an instance one, and the class changed.
class K:
    b = "class"

    def __init__(self):
        self.a = 0


def shadow(n):
    o = K()
    seen = set()
    for i in range(n):
        o.a = i
        r = o.b
        seen.add(r)
        if i == 1000:
            o.b = "inst"
        if i == 2000:
            K.b = "class2"
            del o.b
    return sorted(seen), o.a


print(shadow(3000))


# Not an instance at all: a module-like object, then an int (AttributeError).
import types


def ns(n):
    o = types.SimpleNamespace(a=0, b=1)
    r = 0
    for i in range(n):
        o.a = i
        r = o.b
    return r, o.a


print(ns(3000))
try:
    same(5, 10)
except AttributeError as e:
    print("AttributeError:", e)
