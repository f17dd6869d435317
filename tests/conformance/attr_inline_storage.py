# Instance attributes stored inline (shared keys per class): every way of
# seeing or changing them must look like a dict, in insertion order.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


a = P(1, 2)
b = P(3, 4)
print(vars(a), b.__dict__, a.norm(), b.norm())

# Different store orders keep each instance's own order.
c = P.__new__(P)
c.y = 5
c.x = 6
print(vars(c), c.norm())

# Extra attributes on some instances only.
d = P(7, 8)
d.z = 9
e = P(1, 1)
e.w = 0
print(vars(d), vars(e), hasattr(a, "z"), getattr(e, "z", "none"))

# Delete the last, then a middle attribute; re-add.
f = P(1, 2)
f.z = 3
del f.z
print(vars(f))
f.z = 4
del f.x
print(vars(f))
f.x = 5
print(vars(f), f.norm())
try:
    del f.q
except AttributeError as ex:
    print("AttributeError", ex)
try:
    print(P(1, 2).q)
except AttributeError as ex:
    print("AttributeError", ex)

# __dict__ is live: writes through it and through attributes agree.
g = P(1, 2)
gd = g.__dict__
gd["x"] = 10
g.y = 20
gd["k"] = "v"
print(g.x, g.k, gd, g.norm())
del gd["y"]
print(hasattr(g, "y"), vars(g))

# __dict__ assignment.
h = P(1, 2)
h.__dict__ = {"x": 3, "y": 4, "t": 5}
print(h.norm(), h.t, vars(h))
try:
    h.__dict__ = 5
except TypeError as ex:
    print("TypeError", ex)

# __class__ assignment keeps the attributes.
class Q:
    def norm(self):
        return "Q.norm " + str(self.x)


i = P(2, 3)
i.__class__ = Q
print(i.norm(), vars(i))
i.__class__ = P
print(i.norm(), vars(i))

# Non-identifier and computed names.
j = P(1, 2)
setattr(j, "a b", 1)
setattr(j, "".join(["c", "d"]), 2)
print(vars(j), getattr(j, "cd"), getattr(j, "a b"))
j.__dict__[3] = "int key"
print(vars(j))

# Many attributes (past the shared-key limit).
class Many:
    pass


m = Many()
for k in range(40):
    setattr(m, "a%d" % k, k)
print(len(vars(m)), m.a0, m.a39, list(vars(m))[:3], list(vars(m))[-2:])
m2 = Many()
m2.a1 = 1
m2.a0 = 0
print(vars(m2))

# An instance attribute shadowing a method, set after calls were cached.
class S:
    def __init__(self):
        self.v = 1

    def m(self):
        return "method"


objs = [S() for _ in range(3)]
out = []
for n in range(3):
    for o in objs:
        out.append(o.m())
    objs[n].m = lambda: "instance"
print(out[-3:], [o.m() for o in objs])
s = S()
s.m = lambda: "own"
print(s.m(), S().m())

# Slots next to a dict.
class Sl:
    __slots__ = ("a", "__dict__")


sl = Sl()
sl.a = 1
sl.b = 2
print(sl.a, sl.b, vars(sl).get("b"))
del sl.a
try:
    sl.a
except AttributeError as ex:
    print("AttributeError", ex)

# dir, __getstate__, copy, repr of attributes in loops.
import copy

k = P(1, 2)
k.z = 3
print([n for n in dir(k) if not n.startswith("__")], k.__getstate__())
k2 = copy.copy(k)
k3 = copy.deepcopy(k)
k2.x = 100
print(vars(k), vars(k2), vars(k3))

# A subclass shares nothing with its base's key order.
class R(P):
    def __init__(self):
        self.r = 0
        super().__init__(1, 2)


r = R()
print(vars(r), r.norm(), vars(P(5, 6)))

# Subclass of a builtin type with attributes.
class L(list):
    pass


l = L([1, 2])
l.tag = "t"
l.n = 1
print(l, vars(l), l.tag)

total = 0
ps = [P(i, i + 1) for i in range(100)]
for p in ps:
    p.x += 1
    total += p.norm()
print(total)

# Instances with a dict at cached sites: entries that move, keys removed
# and re-added through the dict, mixed with inline instances of the class.
def touch(objs, rounds):
    out = []
    for r in range(rounds):
        for o in objs:
            o.x = o.x + r
            out.append(o.x)
            if r == 2:
                d = vars(o)
                v = d.pop("x")
                d["x"] = v + 100
    return out


t1 = P(1, 2)
t2 = P(3, 4)
vars(t2)
t3 = P.__new__(P)
t3.__dict__["y"] = 0
t3.__dict__["x"] = 5
print(touch([t1, t2, t3, P(7, 8)], 6))
print(vars(t1), vars(t2), vars(t3))
