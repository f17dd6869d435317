# Class protocols: __class_getitem__, __getattribute__/__setattr__/__delattr__,
# operator overloading with reflection and subclass priority, __index__,
# __missing__, __call__, context managers, MRO and super(), __new__, class
# decorators, __qualname__, docstrings, abc, total_ordering.
class Reg:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item}]"
print(Reg[int])
class GA:
    def __getattribute__(self, n):
        if n == "magic": return 42
        return object.__getattribute__(self, n)
g = GA(); g.x = 1; print(g.magic, g.x)
class SA:
    def __setattr__(self, n, v):
        print("setattr", n, v)
        object.__setattr__(self, n, v * 2)
    def __delattr__(self, n): print("delattr", n)
s = SA(); s.a = 3; print(s.a); del s.a; print(s.a)
class Cont:
    def __contains__(self, x): return x == 3
print(3 in Cont(), 4 in Cont(), 4 not in Cont())
class Vec:
    def __init__(s, *v): s.v = v
    def __add__(s, o): return Vec(*[a + b for a, b in zip(s.v, o.v)]) if isinstance(o, Vec) else NotImplemented
    def __radd__(s, o): return Vec(*[a + o for a in s.v])
    def __mul__(s, k): return Vec(*[a * k for a in s.v])
    __rmul__ = __mul__
    def __neg__(s): return Vec(*[-a for a in s.v])
    def __abs__(s): return sum(a * a for a in s.v) ** 0.5
    def __eq__(s, o): return isinstance(o, Vec) and s.v == o.v
    def __repr__(s): return f"Vec{s.v}"
    def __format__(s, spec): return "V<" + ",".join(format(a, spec) for a in s.v) + ">"
    def __round__(s, n=0): return Vec(*[round(a, n) for a in s.v])
    def __len__(s): return len(s.v)
    def __getitem__(s, i): return s.v[i]
    def __bool__(s): return any(s.v)
    def __iadd__(s, o): print("iadd"); return s + o
print(Vec(1, 2) + Vec(3, 4), 1 + Vec(1, 2), 3 * Vec(1, 2), -Vec(1, 2), abs(Vec(3, 4)), Vec(1) == Vec(1), f"{Vec(1.5, 2.25):.1f}", round(Vec(1.26, 2.5), 1))
print(len(Vec(1, 2, 3)), Vec(1, 2)[1], list(Vec(5, 6)), bool(Vec(0, 0)), sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
v = Vec(1); v += Vec(2); print(v)
try: Vec(1) + 1
except TypeError as e: print("TE", e)
try: Vec(1) < Vec(2)
except TypeError as e: print("TE", e)
class Base:
    def __add__(s, o): return "base add"
    def __radd__(s, o): return "base radd"
class Sub(Base):
    def __radd__(s, o): return "sub radd"
print(Base() + Sub(), Sub() + Base())
class Ix:
    def __index__(s): return 2
print([10, 20, 30][Ix()], "abc"[Ix()], bin(Ix()), range(Ix()), hex(Ix()), [1, 2, 3][Ix():])
class DD(dict):
    def __missing__(s, k): return k * 2
d = DD(a=1); print(d["a"], d["zz"], d.get("q"), "q" in d)
class Call:
    def __call__(s, *a): return a
print(Call()(1, 2), callable(Call()))
class Ctx:
    def __enter__(s): print("enter"); return "val"
    def __exit__(s, t, v, tb): print("exit", t.__name__ if t else None, v); return True
with Ctx() as c:
    print("in", c)
    raise ValueError("suppressed")
print("after")
with Ctx() as a, Ctx() as b: print(a, b)
class M1:
    def who(s): return "M1"
class M2(M1):
    def who(s): return "M2>" + super().who()
class M3(M1):
    def who(s): return "M3>" + super().who()
class M4(M2, M3):
    def who(s): return "M4>" + super().who()
print(M4().who(), [c.__name__ for c in M4.__mro__])
try:
    class Bad(M1, M2): pass
except TypeError as e: print("TE", e)
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None: cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(s, v): s.v = v
print(Single(1) is Single(2), Single(3).v)
def cdeco(cls): cls.tagged = True; return cls
@cdeco
class Tg: pass
print(Tg.tagged, Tg.__qualname__, Tg.__name__, Tg.__module__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
class Doc:
    "class doc"
    def m(self): "method doc"
print(Doc.__doc__, Doc.m.__doc__, Doc().m.__doc__)
import abc
class AB(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
try: AB()
except TypeError as e: print("TE", e)
class Con(AB):
    def f(self): return 1
print(Con().f(), isinstance(Con(), AB))
class Ord:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
    def __le__(s, o): return s.v <= o.v
print(Ord(1) > Ord(0), Ord(1) >= Ord(2), max(Ord(1), Ord(3)).v)
import functools
@functools.total_ordering
class TO:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(TO(1) >= TO(1), TO(2) > TO(1), TO(1) <= TO(0))
print(str(object())[:8], repr(Doc)[:15], type(Doc()).__name__, Doc().__class__.__name__, Doc.__bases__, object.__bases__, type.__mro__)
class WithSlotsAndDict:
    __slots__ = ("x", "__dict__")
w = WithSlotsAndDict(); w.y = 2; print(w.y)
