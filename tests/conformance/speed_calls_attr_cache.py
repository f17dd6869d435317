# Inline-cache invalidation edge cases for attribute loads/stores and method calls.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


def read_all(objs):
    out = []
    for o in objs:
        out.append((o.x, o.y))
    return out


# Same class, different dict layouts (attributes created in another order).
a = P(1, 2)
b = P.__new__(P)
b.y = 20
b.x = 10
c = P(3, 4)
del c.x
c.x = 30
print(read_all([a, b, c, a, b, c]))

# Class attribute reassigned / data descriptor added after the cache was filled.
for i in range(3):
    print(a.x, a.norm())
P.x = 99          # class attr, instance dict still wins
print(a.x)
P.x = property(lambda self: -1)   # data descriptor now wins over the instance dict
print(a.x, read_all([a, b]))
del P.x
print(a.x, read_all([a]))

# Method monkeypatched on the class, then on the instance.
def say(self):
    return "m" + str(self.x)

for k in range(2):
    print(a.norm())
P.norm = lambda self: "patched"
print(a.norm(), c.norm())
a.norm = lambda: "instance"
print(a.norm(), c.norm())
del a.norm
print(a.norm())
P.say = say
print([o.say() for o in (a, b, c)])

# Stores: cached slot, then __setattr__ added to the class.
def setall(objs, v):
    for o in objs:
        o.x = v

setall([a, b, c], 5)
print(read_all([a, b, c]))
log = []
def tracing_setattr(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)
P.__setattr__ = tracing_setattr
setall([a, b], 6)
print(log, read_all([a, b]))
del P.__setattr__
setall([a], 7)
print(log, a.x)

# __getattr__ (only for missing attrs) and __getattribute__ (for all).
class G:
    def __init__(self):
        self.v = 1
    def __getattr__(self, name):
        return "missing:" + name

g = G()
for _ in range(2):
    print(g.v, g.w)
g.w = 2
print(g.v, g.w)
del g.w
print(g.w)

class GA(G):
    pass

ga = GA()
def getv(o):
    return o.v
print(getv(ga), getv(ga))
GA.__getattribute__ = lambda self, name: "ga:" + name
print(getv(ga), getv(g))

# Subclass changes: method defined on a base, overridden later in the subclass.
class Base:
    def f(self):
        return "base"
class Sub(Base):
    pass
s = Sub()
def callf(o):
    return o.f()
print(callf(s), callf(s))
Base.f = lambda self: "base2"
print(callf(s))
Sub.f = lambda self: "sub"
print(callf(s), callf(Base()))
del Sub.f
print(callf(s))

# Non-data descriptor and classmethod/staticmethod through the method cache.
class D:
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm(x):
        return x + 1
    def plain(self):
        return "plain"
d = D()
for _ in range(2):
    print(d.cm(), d.sm(1), d.plain())
D.plain = staticmethod(lambda: "now static")
print(d.plain())

# __class__ assignment between classes with the same layout.
class A1:
    def who(self):
        return "A1"
class A2:
    def who(self):
        return "A2"
o = A1()
o.k = 1
def who(o):
    return o.who(), o.k
print(who(o), who(o))
o.__class__ = A2
print(who(o))

# Recursion through methods (the cache is shared by all activations).
class Tree:
    def __init__(self, d):
        self.d = d
        self.kids = [Tree(d - 1), Tree(d - 1)] if d else []
    def count(self):
        n = 1
        for k in self.kids:
            n += k.count()
        return n
print(Tree(6).count())

# Attribute deleted from an instance while cached; AttributeError message.
class E:
    pass
e = E()
e.z = 1
def getz(o):
    return o.z
print(getz(e), getz(e))
del e.z
try:
    getz(e)
except AttributeError as ex:
    print("AttributeError:", ex)
e.a = 1
e.z = 3
print(getz(e))

# Many attributes (dict beyond the small linear size) and reordering.
class Big:
    pass
bg = Big()
for i in range(40):
    setattr(bg, "a%d" % i, i)
def g39(o):
    return o.a39
print(g39(bg), g39(bg))
for i in range(0, 40, 2):
    delattr(bg, "a%d" % i)
print(g39(bg), sorted(vars(bg))[:3])
bg.a39 = "new"
print(g39(bg))
o.__class__ = A2
print(o.who(), type(o).__name__, o.__class__)
for bad in (5, int):
    try:
        o.__class__ = bad
    except TypeError as e:
        print(e)
class L(list): pass
try:
    o.__class__ = L
except TypeError as e:
    print(e)
try:
    L().__class__ = A1
except TypeError as e:
    print(e)
