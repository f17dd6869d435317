# numbers ABCs (int/float/complex/Fraction registered), abc.ABCMeta register/__subclasshook__/caches,
# isinstance/issubclass through a metaclass's __instancecheck__/__subclasscheck__, Fraction with complex
import numbers
from fractions import Fraction
from abc import ABC, ABCMeta, abstractmethod
vals = [1, True, 1.5, 1j, Fraction(1, 3), "x", None, [1]]
for v in vals:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
for t in (int, bool, float, complex, Fraction, str):
    print(t.__name__, [issubclass(t, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(Fraction(1, 2) + 1j, 1j + Fraction(1, 2), Fraction(1, 2) * 2j, 2j * Fraction(1, 2), Fraction(1, 2) - 1j, 1j - Fraction(1, 2))
print(Fraction(1, 2) / 1j, 1j / Fraction(1, 2), Fraction(1, 2) ** 1j, Fraction(1, 2) == 0.5 + 0j, Fraction(1, 2) == 1j)
try:
    Fraction(1, 2) // 1j
except TypeError as e:
    print("TypeError", e)
print(isinstance(1, (str, numbers.Integral)), issubclass(bool, (str, numbers.Real)))
class MyInt(int): pass
print(isinstance(MyInt(3), numbers.Integral), issubclass(MyInt, numbers.Rational))
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return hasattr(C, '__len__')
        return NotImplemented
print(isinstance([], Sized), isinstance(1, Sized), issubclass(dict, Sized))
class Base(ABC):
    @abstractmethod
    def f(self): ...
    @abstractmethod
    def g(self): ...
class Impl(Base):
    def f(self): return 1
    def g(self): return 2
try:
    Base()
except TypeError as e:
    print(e)
print(Impl().f(), isinstance(Impl(), Base), issubclass(Impl, Base))
class Reg: pass
Base.register(Reg)
print(isinstance(Reg(), Base), issubclass(Reg, Base), Base.register(int) is int)
try:
    Base.register(1)
except TypeError as e:
    print(e)
try:
    issubclass(1, numbers.Integral)
except TypeError as e:
    print(e)
print(sorted(Base.__abstractmethods__), sorted(Impl.__abstractmethods__))
print(numbers.Integral.__mro__)
print(float(numbers.Integral.__float__(5)), numbers.Real.__complex__(2.0))
class M(type):
    def __instancecheck__(cls, inst):
        print("ic", cls.__name__); return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        print("sc", cls.__name__); return issubclass(sub, int)
class N(metaclass=M): pass
print(isinstance(1, N), isinstance("a", N), issubclass(bool, N), issubclass(str, N))
class Q(N): pass
print(isinstance(Q(), N))
print(isinstance(1, (str, N)))
