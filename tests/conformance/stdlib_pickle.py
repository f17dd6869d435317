# pickle (CPython's pure-Python Pickler/Unpickler): the bytes each protocol writes are
# CPython's, round trips, user classes, recursive structures, files and io.BytesIO, errors.
import pickle, io, copyreg, sys
from collections import OrderedDict


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a, b):
        self.a, self.b = a, b


class WithState:
    def __init__(self, name):
        self.name = name
        self.cache = {'big': 'not pickled'}

    def __getstate__(self):
        return {'name': self.name}

    def __setstate__(self, state):
        self.name = state['name'].upper()
        self.cache = None


class Reduced:
    def __init__(self, *args):
        self.args = args

    def __reduce__(self):
        return (Reduced, self.args)


class NewArgs(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def __getnewargs__(self):
        return tuple(self)


class ReduceEx:
    def __reduce_ex__(self, proto):
        return (str, (f'made with protocol {proto}',))


class MyList(list):
    pass


class MyDict(dict):
    pass


def module_func():
    pass


data = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31 - 1, 2**31, 2**63, -2**64, 10**30,
    0.0, -0.0, 1.5, 3.141592653589793, 1e300, float('inf'),
    '', 'a', 'hello world', 'caf\xe9', '\u20ac', 'line\nbreak\\back', '\U0001f600', 'x' * 300,
    b'', b'abc', b'\x00\xff' * 200, bytearray(b'ba'),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2, [3]]], {}, {'a': 1, 'b': [2, 3]},
    {1, 2, 3}, frozenset({'x'}), set(), frozenset(),
    {'nested': ({'deep': [1.5, None, (True,)]},)}, list(range(1005)), {i: str(i) for i in range(1002)},
    Point(1, 2), [Point(3, 4)], module_func, len, Point, int, type(None), OrderedDict(a=1),
    MyList([1, 2]), MyDict(k='v'), complex(1, 2), range(1, 10, 2), slice(1, 2), NotImplemented, Ellipsis,
]

mismatch = []
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for x in data:
        s = pickle.dumps(x, proto)
        y = pickle.loads(s)
        ok = y == x or (x != x and y != y) or (type(x) is type(y) and repr(x) == repr(y))
        if not ok or type(y) is not type(x):
            print('round trip failed', proto, repr(x)[:40], repr(y)[:40])
    print('protocol', proto, 'round trips done')

# The exact bytes, as CPython writes them.
for proto in range(6):
    for x in [None, True, 1, -5, 300, 70000, 2**40, 1.5, 'abc', 'caf\xe9', b'xy', (1, 'a'), [1, 2],
              {'k': 'v'}, {1}, frozenset([2]), [[1], [1]], Point(1, 2), ('abc', 'abc')]:
        print(proto, pickle.dumps(x, proto))
shared = ['s']
print(pickle.dumps([shared, shared, (shared,)], 2))
print(pickle.dumps({'a': Point(1, [2])}, 4))

# recursive structures
a = [1]
a.append(a)
for proto in range(6):
    b = pickle.loads(pickle.dumps(a, proto))
    print(proto, b[0], b[1] is b, pickle.dumps(a, proto) if proto in (0, 2, 4) else '')
d = {}
d['self'] = d
d2 = pickle.loads(pickle.dumps(d))
print(d2['self'] is d2)
p = Point(0, 0)
p.me = p
p2 = pickle.loads(pickle.dumps(p))
print(p2.me is p2, p2)
t = ([],)
t[0].append(t)
for proto in (0, 1, 2, 5):
    t2 = pickle.loads(pickle.dumps(t, proto))
    print(proto, t2[0][0] is t2)

# user protocols
s = pickle.loads(pickle.dumps(Slotted(1, 'two')))
print(type(s).__name__, s.a, s.b)
for proto in (0, 2, 5):
    w = pickle.loads(pickle.dumps(WithState('abc'), proto))
    print(proto, w.name, w.cache)
r = pickle.loads(pickle.dumps(Reduced(1, 'x', [2])))
print(r.args)
for proto in (0, 1, 2, 4):
    n = pickle.loads(pickle.dumps(NewArgs(5, 6), proto))
    print(proto, type(n).__name__, n, pickle.dumps(NewArgs(5, 6), proto))
print(pickle.loads(pickle.dumps(ReduceEx(), 3)), pickle.loads(pickle.dumps(ReduceEx(), 0)))
print(pickle.dumps(Reduced(7), 2), pickle.dumps(WithState('q'), 4))

# files and BytesIO
buf = io.BytesIO()
pickle.dump({'x': 1}, buf)
pickle.dump([2, 3], buf, protocol=0)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf))
try:
    pickle.load(buf)
except EOFError as e:
    print('EOFError', e)
import os, tempfile
path = os.path.join(tempfile.mkdtemp(), 'data.pkl')
with open(path, 'wb') as f:
    pickler = pickle.Pickler(f, protocol=3)
    pickler.dump(Point(5, 6))
    pickler.dump('second')
with open(path, 'rb') as f:
    u = pickle.Unpickler(f)
    print(u.load(), u.load())
os.remove(path)
os.rmdir(os.path.dirname(path))

# what CPython wrote (protocol 2 with _codecs.encode for bytes; protocol 0 text)
print(pickle.loads(b'\x80\x02c_codecs\nencode\nq\x00X\x02\x00\x00\x00hiq\x01X\x06\x00\x00\x00latin1q\x02\x86q\x03Rq\x04.'))
print(pickle.loads(b'(lp0\nI1\naVcaf\xe9\np1\naF2.5\na.'))
print(pickle.loads(b'(dp0\nS\'key\'\np1\nL12345678901234567890L\ns.'))
print(pickle.loads(b'\x80\x03X\x01\x00\x00\x00aq\x00.', encoding='latin1'))

# errors
class Local:
    pass
for bad in [lambda: None, Local(), (x for x in [])]:
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, AttributeError, TypeError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
for junk in [b'', b'\x80\x09.', b'\x80\x04]', b'(lp0\nI1\n']:
    try:
        pickle.loads(junk)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.dumps(1, protocol=6)
except ValueError as e:
    print('ValueError', e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.dumps(1) == pickle.dumps(1, pickle.DEFAULT_PROTOCOL))

# copyreg
class Vec:
    def __init__(self, *c):
        self.c = c
copyreg.pickle(Vec, lambda v: (Vec, v.c))
print(pickle.loads(pickle.dumps(Vec(1, 2))).c)
import copy
print(copy.deepcopy(Point(1, [2])), copy.copy(WithState('zz')).name)
