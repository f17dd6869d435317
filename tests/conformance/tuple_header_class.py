# tuple objects without a class word: type(), isinstance, methods, subclasses, attribute errors, GC
import sys
from collections import namedtuple

e = ()
p = (1, "a")
t3 = (None, 2.5, [1])
for v in (e, p, t3, (p,), tuple(range(5))):
    print(type(v), type(v) is tuple, isinstance(v, tuple), v.__class__ is tuple, len(v))
print(type(()) is type(tuple()), len(tuple()) == 0)
print(p.count(1), p.index("a"), t3.count(None), (1, 1, 2).count(1))
m = p.count
print(m(1), m("a"), type(m).__name__)
print(tuple.__len__(p), tuple.__getitem__(t3, 1), p.__hash__() == hash(p))
print(issubclass(type(p), object), type(p).__mro__)

class P(tuple):
    def first(self):
        return self[0]

q = P((3, 4))
print(type(q).__name__, isinstance(q, tuple), q.first(), q + (5,), type(q + (5,)) is tuple)
Pt = namedtuple("Pt", "x y")
r = Pt(1, 2)
print(r, r.x, r.y, type(r).__name__, isinstance(r, tuple), r._replace(x=9))

for bad in (lambda: setattr(p, "x", 1), lambda: setattr(e, "__class__", P), lambda: p.nope,
            lambda: setattr(p, "__class__", 5), lambda: setattr(None, "__class__", int), lambda: setattr(1.5, "__class__", P)):
    try:
        bad()
    except (AttributeError, TypeError) as ex:
        print(type(ex).__name__, ex)

# many pairs, collected and rebuilt: items and lengths survive the GC
keep = []
for i in range(20000):
    pair = (i, (i, str(i)))
    if i % 1000 == 0:
        keep.append(pair)
print(len(keep), keep[7], sum(k[0] for k in keep), keep[-1][1][1])
d = {(i, i + 1): i for i in range(1000)}
print(d[(5, 6)], (999, 1000) in d, len(set((i % 7, i % 3) for i in range(100))))
print(sorted([(2, "b"), (1, "z"), (2, "a"), ()]))
print(repr((1,)), str(((),)), (1, 2) == (1, 2), (1, 2) < (1, 3), () < (0,))
