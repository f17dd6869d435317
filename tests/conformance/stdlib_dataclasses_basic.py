# dataclasses: generated __init__/__repr__/__eq__, defaults and default_factory, order, frozen, post_init, asdict/replace, errors.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tags: list = field(default_factory=list, compare=False)


@dataclass(frozen=True)
class Frozen:
    name: str
    size: float = 1.5


@dataclass
class Rect:
    a: Point
    b: Point
    area: float = field(init=False, repr=False)

    def __post_init__(self):
        self.area = abs(self.b.x - self.a.x) * abs(self.b.y - self.a.y)


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p == Point(2, 1), p != (1, 2))
print(sorted([Version(1, 2), Version(1, 0), Version(0, 9)]), Version(1) < Version(1, 1), Version(2, tags=['x']))
f = Frozen('f')
print(f, hash(f) == hash(Frozen('f')), f == Frozen('f', 1.5))
try:
    f.name = 'g'
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e, isinstance(e, AttributeError))
r = Rect(Point(0, 0), Point(3, 4))
print(r, r.area, asdict(r), astuple(p))
print(replace(p, y=9), [fl.name for fl in fields(Version)], is_dataclass(p), is_dataclass(int))
for bad in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print('ValueError:', e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError:', e)
print(Point.__hash__ is None, Version(1).tags is not Version(1).tags)
