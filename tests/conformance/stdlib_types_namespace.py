# types: SimpleNamespace repr/eq/attributes, new_class/prepare_class/resolve_bases, DynamicClassAttribute
import types

ns = types.SimpleNamespace(a=1, b="two")
print(ns)
print(ns.a, ns.b)
ns.c = [1, 2]
del ns.a
print(ns, repr(ns))
print(ns == types.SimpleNamespace(b="two", c=[1, 2]), ns != types.SimpleNamespace())
print(ns == 3, vars(ns))
print(types.SimpleNamespace(), types.SimpleNamespace)
try:
    ns.zzz
except AttributeError:
    print("AttributeError")
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(ns)
except TypeError:
    print("TypeError: unhashable")
r = types.SimpleNamespace(x=1)
r.me = r
print(r)
class Sub(types.SimpleNamespace):
    pass
print(Sub(q=3), Sub(q=3) == types.SimpleNamespace(q=3))
print(getattr(ns, "b"), hasattr(ns, "a"), sorted(ns.__dict__))

# new_class and friends
def body(d):
    d["x"] = 10
    d["get"] = lambda self: self.x
K = types.new_class("K", (object,), None, body)
print(K.__name__, K().get(), K.__bases__)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"prepared": kw}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
meta, ns2, kw = types.prepare_class("Z", (), {"metaclass": Meta, "flag": 1})
print(meta is Meta, ns2, kw)
Z = types.new_class("Z", (), {"metaclass": Meta, "flag": 2})
print(type(Z) is Meta, Z.prepared)
class Fake:
    def __mro_entries__(self, bases):
        return (int,)
print(types.resolve_bases((Fake(), str)))
t = (int,)
print(types.resolve_bases(t) is t)
W = types.new_class("W", (Fake(),))
print(W.__bases__, W(7) + 1, W.__orig_bases__[0].__class__.__name__)
class M1(type): pass
class M2(type): pass
A = M1("A", (), {})
B = M2("B", (), {})
try:
    types.prepare_class("X", (A, B))
except TypeError as e:
    print("TypeError:", e)

# DynamicClassAttribute: instance access works, class access goes to __getattr__
class Color:
    def __init__(self, v):
        self._v = v
    @types.DynamicClassAttribute
    def value(self):
        return self._v
print(Color(4).value)
try:
    Color.value
except AttributeError:
    print("AttributeError on class access")
