# object's members (dir(object) as CPython 3.11), __dict__/__weakref__ getsets in vars(C), no __module__ in builtin dicts, __sizeof__/__getstate__/__reduce_ex__/__subclasshook__, comparison dunders, __format__ spec type, int/float getsets
print(dir(object))
print(sorted(vars(object)) == dir(object))


class C:
    pass


class D(C):
    pass


class E(Exception):
    pass


class I(int):
    pass


class L(list):
    pass


class S:
    __slots__ = ('a', 'b')


class SD(S):
    pass


class SW:
    __slots__ = ('a', '__weakref__')


class SDict:
    __slots__ = ('__dict__',)


class M(C, S):
    pass


class T(tuple):
    pass


class Doc:
    "text"


for k in [C, D, E, I, L, S, SD, SW, SDict, M, T, Doc]:
    print(k.__name__, list(vars(k)))
print('__module__' in vars(int), '__module__' in vars(object), '__module__' in vars(ValueError))
print(int.__module__, object.__module__, type.__module__, ValueError.__module__, C.__module__)
try:
    (5).__module__
except AttributeError as e:
    print("AE", e)
c = C()
print(type(vars(C)['__dict__']).__name__, vars(C)['__dict__'].__name__, vars(C)['__weakref__'].__objclass__)
print(c.__weakref__, C.__dict__['__dict__'].__get__(c, C), type(C.__dict__) is not type(c.__dict__) or True)
print('__dict__' in dir(c), '__weakref__' in dir(c), '__dict__' in dir(S()))
print(c.__class__, C.__class__, object.__class__, type(vars(object)['__class__']).__name__)
print(vars(object)['__class__'].__get__(5, int), vars(object)['__class__'].__get__(c))
print(object.__doc__)
print(C.__doc__, c.__doc__, Doc.__doc__, Doc().__doc__)
print(object().__sizeof__(), c.__sizeof__(), S().__sizeof__(), SW().__sizeof__(), SD().__sizeof__(), E().__sizeof__())
print(C.__subclasshook__(), object.__subclasshook__(int), C.__subclasshook__ == object.__subclasshook__)
print(c.__getstate__(), object().__getstate__())
c.a = 1
print(c.__getstate__(), c.__getstate__() is c.__dict__)
s = S()
print(s.__getstate__())
s.a = 1
print(s.__getstate__())
sd = SD()
sd.b = 2
sd.z = 3
print(sd.__getstate__())
print(object.__eq__(c, c), object.__eq__(c, 1), object.__ne__(c, c), object.__ne__(c, 1))
print(object.__lt__(c, c), object.__le__(c, 1), object.__gt__(1, 2), object.__ge__(c, c))
try:
    c < c
except TypeError as e:
    print("TE", e)
r = c.__reduce_ex__(2)
print(r[0].__name__, r[1:])
y = r[0](*r[1])
y.__dict__.update(r[2])
print(type(y).__name__, y.a)
r = c.__reduce__()
print(r[0].__name__, r[1:])
y = r[0](*r[1])
print(type(y).__name__, vars(y))
print(C().__reduce_ex__(2)[1:], C().__reduce_ex__(0)[1:], S().__reduce_ex__(4)[1:])
lst = L([1, 2])
r = lst.__reduce_ex__(2)
print(r[0].__name__, r[1], r[2], list(r[3]), r[4])


class R:
    def __reduce__(self):
        return (R, ())


print(R().__reduce_ex__(2), R().__reduce_ex__(0)[0] is R)
print(int.numerator.__name__, type(int.numerator).__name__, int.real.__objclass__, float.imag.__name__)
print((5).numerator, (5).denominator, True.numerator, (2.5).real, (2.5).imag, int.real.__get__(7, int), I(3).real)
print(int.__dict__['real'] is int.real, 'numerator' in dir(5), 'imag' in dir(1.0))
try:
    int.real.__get__(1.5, float)
except TypeError as e:
    print("TE", e)
for f in [lambda: object().__format__(5), lambda: c.__format__(None), lambda: object().__format__('x')]:
    try:
        f()
    except TypeError as e:
        print("TE", e)
print(object().__format__('') == str(object()) or True, c.__format__('') == str(c))


def f():
    "fdoc"


print(f.__doc__, len.__doc__ is None or True, property(doc='pd').__doc__, (lambda: 0).__doc__)


class Own:
    __dict__ = 5
    __weakref__ = 6


print(list(vars(Own)), vars(Own)['__dict__'], vars(Own)['__weakref__'], len(Own.__dict__), Own.__class__)
