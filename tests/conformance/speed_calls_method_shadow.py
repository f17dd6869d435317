# Cached method calls (`o.m()`) and instance attributes that shadow the method:
# stores that add the name by setattr, through __dict__ / vars(), by
# `obj.__dict__ = ...`, by `__class__` assignment, and methods added to the
# class after the attribute was stored.


class A:
    def __init__(self):
        self.x = 1
        self.y = 2

    def m(self):
        return "A.m"

    def n(self):
        return "A.n"


def call_m(o):
    return o.m()


def call_n(o):
    return o.n()


a = A()
print([call_m(a) for _ in range(3)])
b = A()
setattr(b, "m", lambda: "b's own m")
print(call_m(a), call_m(b), call_m(a))
c = A()
c.__dict__["n"] = lambda: "c's n via __dict__"
print(call_n(a), call_n(c))
d = A()
vars(d)["n"] = lambda: "d's n via vars"
print(call_n(d), call_n(a))
e = A()
e.__dict__ = {"m": lambda: "e's replaced dict"}
print(call_m(e), call_m(a))
name = "".join(["m"])  # not the interned literal
f = A()
setattr(f, name, lambda: "f's m by a computed name")
print(call_m(f))


class B:
    def __init__(self):
        self.p = "attr p"

    def q(self):
        return "B.q"


class C:
    def p(self):
        return "C.p"

    def q(self):
        return "C.q"


def call_p(o):
    return o.p()


cs = [C() for _ in range(3)]
print([call_p(o) for o in cs])
bb = B()
bb.p = lambda: "bb's p"
bb.__class__ = C
print(call_p(bb), call_p(cs[0]))


# An attribute stored before the class grows a method of that name.
class D:
    def __init__(self):
        self.late = lambda: "instance late"

    def other(self):
        return "D.other"


def call_late(o):
    return o.late()


dd = D()
D.late = lambda self: "class late"
print(call_late(dd))
del dd.late
print(call_late(dd))


# Many attributes (a bigger dict), one shadowing.
class E:
    def __init__(self, k):
        for i in range(12):
            setattr(self, "a%d" % i, i)
        if k:
            self.meth = lambda: "shadowed"

    def meth(self):
        return "E.meth"


es = [E(k % 3 == 0) for k in range(6)]
print([o.meth() for o in es])
for o in es:
    o.meth = lambda: "all shadowed"
print([o.meth() for o in es])


# Shadowing by a non-callable attribute raises the right error.
class F:
    def g(self):
        return 1


ff = F()
print(ff.g())
ff.g = 5
try:
    ff.g()
except TypeError as ex:
    print("TypeError:", ex)
del ff.g
print(ff.g())


# Names put in only through an exposed dict, then the object changes class.
class G:
    pass


class H:
    def zz(self):
        return "H.zz"

    def ww(self):
        return "H.ww"


def call_zz(o):
    return o.zz()


def call_ww(o):
    return o.ww()


hs = [H(), H()]
print([call_zz(o) for o in hs], [call_ww(o) for o in hs])
g = G()
g.__dict__["zz"] = lambda: "g's zz"
g.__class__ = H
print(call_zz(g), call_zz(hs[0]))


class J:
    def ww(self):
        return "J.ww"


j = J()
print(call_ww(j))
vars(j)["ww"] = lambda: "j's ww via vars"
print(call_ww(j), call_ww(hs[1]))
