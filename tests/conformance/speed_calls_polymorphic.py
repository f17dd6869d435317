# Polymorphic attribute/method sites (one site, many classes) and invalidation.

class Base:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def kind(self):
        return "base"
    def run(self):
        self.v = self.v + 1
        return self.kind(), self.get()

class A(Base):
    def kind(self):
        return "A"
class B(Base):
    def get(self):
        return -self.v
class C(B):
    def kind(self):
        return "C"

objs = [Base(1), A(2), B(3), C(4)]
for r in range(3):
    print([o.run() for o in objs])
B.kind = lambda self: "B!"
print([o.run() for o in objs])
Base.get = lambda self: self.v * 100
print([o.run() for o in objs])
objs[1].kind = lambda: "inst"
print([o.run() for o in objs])
Base.v = property(lambda self: 7, lambda self, x: None)
print([o.run() for o in objs])
del Base.v
print([o.run() for o in objs])

class S(Base):
    def __setattr__(self, k, val):
        object.__setattr__(self, k, val * 2)
s = S(1)
print(s.run(), s.run(), [o.run() for o in objs])

class GA(Base):
    def __getattribute__(self, name):
        if name == "v":
            return 42
        return object.__getattribute__(self, name)
print(GA(1).run(), [o.run() for o in objs])
o = objs[0]
o.__class__ = A
print([o.run() for o in objs])
