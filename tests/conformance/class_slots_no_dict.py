# __slots__ without '__dict__': only slot names can be set, no __dict__, inherited slots, cached store sites
class P:
    __slots__ = ('x',)


p = P()
p.x = 1
print(p.x, hasattr(p, '__dict__'))
for bad in ('y', '__dict__'):
    try:
        setattr(p, bad, 1)
    except AttributeError as e:
        print("AE", e)
try:
    print(p.__dict__)
except AttributeError as e:
    print("AE", e)
try:
    object.__setattr__(p, 'q', 1)
except AttributeError as e:
    print("AE", e)
try:
    vars(p)
except TypeError as e:
    print("TE", e)
del p.x
for name in ('x', 'y'):
    try:
        delattr(p, name)
    except AttributeError as e:
        print("AE", e)
try:
    print(P().x)
except AttributeError as e:
    print("AE", e)


class Q(P):
    pass


class R(P):
    __slots__ = ['z']


class S:
    __slots__ = ('a', '__dict__')


class T:
    __slots__ = 'only'


class Base:
    pass


class U(Base):
    __slots__ = ('s',)


q = Q(); q.y = 2; print(q.y, q.__dict__)
r = R(); r.x = 1; r.z = 3; print(r.x + r.z)
s = S(); s.a = 1; s.b = 2; print(s.a, s.b, s.__dict__.get('b'))
t = T(); t.only = 5; print(t.only)
u = U(); u.t = 1; print(u.t)


class E(Exception):
    __slots__ = ('k',)


e = E(); e.k = 1; e.other = 2; print(e.k, e.other)

# One store site and one load site seeing slotted and plain instances in turn.
def store(o, name, i):
    o.w = i
    return o.w


for i, o in enumerate([Q(), R(), Q(), T(), R(), Q(), U()] * 2):
    try:
        print(i, type(o).__name__, store(o, 'w', i))
    except AttributeError as ex:
        print(i, "AE", ex)


class W:
    __slots__ = ('w',)


ws = [W() for _ in range(3)]
for i in range(6):
    o = ws[i % 3]
    o.w = i
    if i == 3:
        del o.w
    print(i, getattr(o, 'w', None))

for body in ("x = 1\n    __slots__ = ('x',)", "__slots__ = (1,)"):
    try:
        exec("class B:\n    " + body)
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)


class Plain:
    pass


p2 = P()
for target in (Plain, R, P):
    try:
        p2.__class__ = target
        print("ok", type(p2).__name__)
    except TypeError as ex:
        print("TE", ex)
