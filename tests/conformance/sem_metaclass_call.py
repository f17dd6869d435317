# metaclass __call__ / __bool__ on class objects, type.__call__, and abstract classes made by ABCMeta without ABC
import abc, numbers

class Single(type):
    _inst = {}
    def __call__(cls, *a, **k):
        print("Single.__call__", cls.__name__, a, k)
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]

class Config(metaclass=Single):
    pass

print(Config() is Config())

class NoInstance(type):
    def __call__(cls, *a, **k):
        return ("no instance", cls.__name__, a, k)

class Z(metaclass=NoInstance):
    pass
print(Z(1, b=2))

class Falsy(type):
    def __bool__(cls):
        return False
class F(metaclass=Falsy):
    pass
print(bool(F), not F)
print("yes" if F else "no")

class Sized(type):
    def __len__(cls):
        return 0
class E(metaclass=Sized):
    pass
print(bool(E))

print(type.__call__(int, "5"), type.__call__(list, "ab"))
print(type(type.__call__(Config)).__name__)
for bad in (1, "x"):
    try:
        type.__call__(bad)
    except TypeError as e:
        print(e)
print(callable(Z))

for cls in (numbers.Number, numbers.Complex, numbers.Integral):
    try:
        cls()
    except TypeError as e:
        print(e)

class K(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def f(self): ...
    @property
    @abc.abstractmethod
    def g(self): ...
try:
    K()
except TypeError as e:
    print(e)
class K2(K):
    def f(self):
        return 1
try:
    K2()
except TypeError as e:
    print(e)
class K3(K2):
    g = 2
print(K3().f(), K3().g)
print(sorted(K.__abstractmethods__), sorted(K3.__abstractmethods__))
print(K.g.__isabstractmethod__, property(lambda s: 1).__isabstractmethod__)
K.__abstractmethods__ = frozenset()
print(type(K()).__name__)
