# typing.NamedTuple as a base class (annotations, defaults, methods, properties, docstring, errors) and its functional forms
from typing import NamedTuple
import typing

class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0

    def norm(self):
        return abs(self.x) + abs(self.y)

    @property
    def swapped(self):
        return Point(self.y, self.x)

p = Point(3, -4)
print(p, p.norm(), p.swapped, Point(1), p._replace(x=0), p._asdict(), Point._fields, Point._field_defaults)
print(Point.__annotations__, Point.__doc__, isinstance(p, tuple), p == (3, -4), Point.__name__, type(p).__name__)
x, y = p
print(x, y, p[0], len(p), Point._make([5, 6]))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
e = Emp('ann', 3)
print(e, e.name, Emp._fields, Emp.__annotations__)
Emp2 = NamedTuple('Emp2', name=str, id=int)
print(Emp2('b', 4))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    class Bad2(NamedTuple):
        a: int
        def _asdict(self):
            return {}
except AttributeError as e:
    print(e)
class Sub(Point):
    def total(self):
        return self.x + self.y
print(Sub(1, 2).total(), Sub(1, 2))
