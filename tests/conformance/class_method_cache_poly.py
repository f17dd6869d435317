# class: load_method's cache across its forms (one class, two, a method shared by four subclasses, megamorphic) invalidated mid-loop: method rebound, instance attribute shadowing, __dict__ handed out, base changed
class Base:
    def run(self, x):
        return x + 1

    def name(self):
        return type(self).__name__


class A(Base):
    pass


class B(Base):
    pass


class C(Base):
    pass


class D(Base):
    pass


class E(Base):
    def run(self, x):
        return x * 2


objs = [A(), B(), C(), D()]
out = []
for i in range(40):
    o = objs[i % 4]
    out.append(o.run(i))
    if i == 10:
        Base.run = lambda self, x: x - 1
    if i == 20:
        objs[2].run = lambda x: -x
    if i == 30:
        B.run = lambda self, x: x * 100
print(out)

mixed = [A(), E(), B(), E(), C(), D(), E()]
print([m.run(i) for i, m in enumerate(mixed * 3)])
print([m.name() for m in mixed])

e = E()
res = []
for i in range(12):
    res.append(e.run(i))
    if i == 3:
        e.__dict__["run"] = lambda x: ("shadow", x)
    if i == 6:
        del e.__dict__["run"]
    if i == 9:
        vars(e)["run"] = str
print(res[:4], res[4:7], res[7:10], res[10:])


class F:
    def m(self):
        return "F.m"


class G:
    def m(self):
        return "G.m"


f = F()
res = []
for i in range(6):
    res.append(f.m())
    if i == 2:
        f.__class__ = G
print(res)

s = "abc"
res = []
for v in ["x", "y", [1], "z", (1, 2), "w"]:
    res.append(v.count("x") if hasattr(v, "count") else None)
print(res)
