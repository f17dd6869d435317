# super().name(...) through load_method: (function, obj) without a bound
# method when the attribute is a plain function or native; everything else
# (properties, classmethods, staticmethods, __new__, class-level super) binds.


class A:
    def m(self, x):
        return ("A.m", x)

    @property
    def p(self):
        return "A.p"

    @classmethod
    def cm(cls, x):
        return ("A.cm", cls.__name__, x)

    @staticmethod
    def sm(x):
        return ("A.sm", x)

    def __init__(self):
        self.log = ["A.__init__"]


class B(A):
    def m(self, x):
        return ("B.m",) + super().m(x)

    def __init__(self):
        super().__init__()
        self.log.append("B.__init__")


class C(A):
    def m(self, x):
        return ("C.m",) + super().m(x)


class D(B, C):
    def m(self, x):
        return ("D.m",) + super().m(x)

    def all(self):
        return (super().p, super().cm(1), super().sm(2), super().m(3))

    @classmethod
    def ccm(cls):
        return super().cm(4)


d = D()
print(d.log)
for i in range(3):
    print(d.m(i))
print(d.all(), D.ccm())
d.m = lambda x: "instance m"
print(D.m(d, 5), d.m(5))


class L(list):
    def append(self, x):
        super().append(x * 2)
        return len(self)


l = L()
print([l.append(i) for i in range(4)], l)


class N:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.a = a
        return o


print(N(1, 2).a)


class E(A):
    def m(self, x):
        try:
            return super().nosuch(x)
        except AttributeError as e:
            return ("AttributeError", str(e))

    def wrong(self):
        return super().m()


print(E().m(1))
try:
    E().wrong()
except TypeError as e:
    print("TypeError", e)

# The method replaced in the base after a few calls.
b = B()
for i in range(4):
    if i == 2:
        A.m = lambda self, x: ("new A.m", x)
    print(b.m(i))
