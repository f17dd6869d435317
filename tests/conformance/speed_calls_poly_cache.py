# Polymorphic attribute / method caches (entries keyed by class version):
# several classes through one site, invalidation by class changes, instance
# dicts built in different orders, shadowing, __class__ assignment.


class A:
    def __init__(self, v):
        self.x = v
        self.y = v + 1

    def m(self):
        return ("A.m", self.x)


class B:
    def __init__(self, v):
        self.y = v * 2
        self.x = v * 3

    def m(self):
        return ("B.m", self.y)


class C(A):
    def m(self):
        return ("C.m", self.x, self.y)


class D(B):
    pass


class E:
    def __init__(self, v):
        self.pad0 = 0
        self.x = -v
        self.y = v

    def m(self):
        return ("E.m",)


def get_x(o):
    return o.x


def set_y(o, v):
    o.y = v


def call_m(o):
    return o.m()


def sites(objs):
    out = []
    for o in objs:
        set_y(o, get_x(o) + 100)
        out.append((type(o).__name__, get_x(o), o.y, call_m(o)))
    return out


objs = [A(1), B(2), C(3), D(4), E(5), A(6), D(7), C(8)]
for r in range(2):
    print(sites(objs))

# A class attribute that becomes a data descriptor shadows the instance attribute.
A.x = property(lambda self: 1000)
print(sites(objs))
del A.x
print(sites(objs))

# A method replaced on one class of several; on the instance of another.
B.m = lambda self: ("new B.m",)
objs[4].m = lambda: "instance E.m"
print([call_m(o) for o in objs])
del objs[4].m
print([call_m(o) for o in objs])

# __getattribute__ / __setattr__ added later.
def ga(self, name):
    if name == "x":
        return "via __getattribute__"
    return object.__getattribute__(self, name)


C.__getattribute__ = ga
print([get_x(o) for o in objs])
del C.__getattribute__
print([get_x(o) for o in objs])

log = []


def sa(self, name, v):
    log.append((type(self).__name__, name, v))
    object.__setattr__(self, name, v)


D.__setattr__ = sa
for o in objs:
    set_y(o, 1)
print(log)
del D.__setattr__
for o in objs:
    set_y(o, 2)
print(len(log), [o.y for o in objs])

# __class__ assignment moves an instance between cached classes.
o = A(10)
for k in range(4):
    print(call_m(o), get_x(o))
    o.__class__ = C if o.__class__ is A else A

# Deleted attributes, missing attributes after a hit.
p = A(1)
print(get_x(p))
del p.x
try:
    get_x(p)
except AttributeError as e:
    print("AttributeError", e)
p.x = "back"
print(get_x(p))


# Instances of one class built in different attribute orders.
class F:
    pass


fs = []
for k in range(6):
    f = F()
    if k % 2:
        f.x = k
        f.z = -k
    else:
        f.z = -k
        f.w = 0
        f.x = k
    fs.append(f)
print([get_x(f) for f in fs])
for f in fs:
    set_y(f, f.x * 2)
print([(f.x, f.y) for f in fs])


# A method site over many classes (megamorphic) and a subclass overriding later.
classes = []
for k in range(8):
    classes.append(type("K%d" % k, (A,), {"m": (lambda k: lambda self: ("K", k, self.x))(k)}))
insts = [c(k) for k, c in enumerate(classes)]
for r in range(2):
    print([call_m(i) for i in insts])
classes[3].m = lambda self: "K3 replaced"
del classes[5].m
print([call_m(i) for i in insts])


# Builtin receivers mixed with instances at one method site.
class Up:
    def upper(self):
        return "Up.upper"


def up(o):
    return o.upper()


print([up(v) for v in ["ab", Up(), b"cd", "ef", Up(), b"gh"]])


# Storing __class__ / __dict__ at a site that caches plain instance stores.
def set_attr(o, name, v):
    setattr(o, name, v)


def store_class(o, c):
    o.__class__ = c


def store_dict(o, d):
    o.__dict__ = d


q = A(5)
for k in range(4):
    store_class(q, C if k % 2 == 0 else A)
    print(type(q).__name__, call_m(q), "__class__" in q.__dict__)
store_dict(q, {"x": 42, "y": 0})
print(get_x(q), q.__dict__)
store_dict(q, {"y": 1, "x": 43})
print(get_x(q), q.y)
set_y(q, 7)
print(q.__dict__)
try:
    store_dict(q, 5)
except TypeError as e:
    print("TypeError", e)
print(q.__dict__)


# One inherited method over many subclasses (the shared-method form of a
# site), then overridden in one subclass and rebound on the base.
class Base:
    def __init__(self, k):
        for j in range(k % 3):
            setattr(self, "pad%d" % j, j)
        self.v = k

    def get(self):
        return ("Base.get", self.v)


subs = [type("S%d" % k, (Base,), {}) for k in range(7)]
objs2 = [c(k) for k, c in enumerate(subs)]


def get_all(os):
    return [o.get() for o in os]


def v_all(os):
    return [o.v for o in os]


for r in range(2):
    print(get_all(objs2), v_all(objs2))
subs[4].get = lambda self: ("S4.get", self.v)
print(get_all(objs2))
Base.get = lambda self: ("new Base.get", self.v)
print(get_all(objs2))
del subs[4].get
objs2[2].get = lambda: "instance get"
print(get_all(objs2))
objs2[5].v = "five"
del objs2[1].v
try:
    print(v_all(objs2))
except AttributeError as e:
    print("AttributeError", e)
objs2[1].v = "one"
print(v_all(objs2 + objs2[::-1]))


# New-attribute stores in __init__ (appended to the instance dict) when an equal
# but separately built name is already there, or the dict was replaced.
class G:
    def __init__(self, pre):
        if pre == 1:
            setattr(self, "".join(["a", "b"]), "pre")
        elif pre == 2:
            self.__dict__ = {"".join(["a", "b"]): "dict"}
        self.ab = pre
        self.cd = -pre


gs = [G(k % 3) for k in range(7)]
print([(g.ab, g.cd, list(vars(g))) for g in gs])
