# collections.namedtuple: construction, fields, defaults, _make/_replace/_asdict, repr, tuple behaviour, errors.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p))
print(Point(x=3, y=4), Point(5, y=6))
print(p._fields, Point._fields)
print(p._asdict())
q = p._replace(x=10)
print(q, p)
print(Point._make([7, 8]))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
Color = namedtuple('Color', 'red green blue', defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color._field_defaults)
Pair = namedtuple('Pair', 'a, b')
print(Pair('u', 'v'), Pair.__name__)
print(p + (3,), p * 2, p[:1])
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point._make([1])):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError:', e)
for names in (['a', 'a'], ['_x'], ['class'], ['1bad']):
    try:
        namedtuple('T', names)
    except ValueError as e:
        print('ValueError:', e)
R = namedtuple('R', ['a', 'def', 'a'], rename=True)
print(R._fields)
