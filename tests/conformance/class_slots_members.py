# __slots__ slots are member descriptors in the class dict (sorted, mangled), given as a str, an iterator or a list; unset slots, __get__/__set__/__delete__, checks
class P:
    __slots__ = ('x', '__y')

    def f(self):
        self.__y = 'y'
        return self.__y


print(list(P.__dict__))
print(type(P.x).__name__, P.x.__name__, P.x.__objclass__, P._P__y.__name__)
print(type(P.x) is type(P.__dict__['x']), P.x is P.__dict__['x'])
p = P()
try:
    p.x
except AttributeError as e:
    print("AE", e)
P.x.__set__(p, 3)
print(p.x, P.x.__get__(p, P), P.x.__get__(None, P) is P.x, p.f(), p._P__y)
del p._P__y
try:
    del p._P__y
except AttributeError as e:
    print("AE", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AE", e)
P.x.__set__(p, 4)
P.x.__delete__(p)
print(hasattr(p, 'x'))
try:
    P.x.__delete__(p)
except AttributeError as e:
    print("AE", e)
for bad in [lambda: P.x.__set__(5, 1), lambda: P.x.__get__(5, int), lambda: P.x.__delete__('s')]:
    try:
        bad()
    except TypeError as e:
        print("TE", e)


class Q:
    __slots__ = iter(['b', 'a'])


q = Q()
q.a = 1
q.b = 2
print(q.a, q.b, list(Q.__slots__), [k for k in Q.__dict__ if k in 'ab'])
for _ in range(3):
    q.a += 1
print(q.a)


class R:
    __slots__ = 'only'


r = R()
r.only = 5
print(r.only, R.__slots__, R.only.__name__)
try:
    r.other = 1
except AttributeError as e:
    print("AE", e)


class T(P):
    __slots__ = ['z']


t = T()
t.x = 1
t.z = 2
print(t.x, t.z, T.z.__objclass__, T.x.__objclass__, 'x' in T.__dict__)


class U(P):
    pass


u = U()
u.x = 7
u.other = 8
print(u.x, u.other)
del u.x
try:
    del u.x
except AttributeError as e:
    print("AE", e)
for body in [
    "class S:\n    __slots__ = ('1a',)",
    "class S:\n    __slots__ = (1,)",
    "class S:\n    __slots__ = ('a', 'a')\nprint(list(S.__dict__))",
    "class S:\n    __slots__ = ('a',)\n    a = 1",
    "class S:\n    __slots__ = ('__a',)\n    _S__a = 1",
    "class S:\n    __slots__ = ('__dict__', '__dict__')",
    "class S(U):\n    __slots__ = ('__dict__',)",
    "class S:\n    __slots__ = ('__weakref__', '__weakref__')",
    "class S:\n    __slots__ = ('__dict__', 'c')\ns = S(); s.c = 1; s.d = 2; print(s.c, s.d)",
    "class _S:\n    __slots__ = ('__p',)\nprint([k for k in _S.__dict__ if 'p' in k])",
]:
    try:
        exec(body)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class V:
    __slots__ = ('a',)


class W:
    __slots__ = ('a',)


class X:
    __slots__ = ('b',)


v = V()
v.__class__ = W
print(type(v).__name__)
try:
    v.__class__ = X
except TypeError as e:
    print("TE", e)
