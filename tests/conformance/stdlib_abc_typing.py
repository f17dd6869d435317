# abc (ABC, abstractmethod, instantiation errors) and typing names used in annotations.
from abc import ABC, abstractmethod
from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Iterable


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return '%s with area %.2f' % (self.name(), self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def name(self):
        return 'square'


class Half(Shape):
    def area(self):
        return 1


print(Square(3).describe(), isinstance(Square(1), Shape))
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)

T = TypeVar('T')


def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None


def apply(f: Callable[[int], int], xs: Iterable[int]) -> Dict[int, int]:
    return {x: f(x) for x in xs}


def pair(a: Union[int, str], b: Any = None) -> Tuple[int, ...]:
    return (1, 2)


print(first([3, 4]), first([]), apply(lambda v: v * v, range(4)), pair(1))
print(List[int], Dict[str, List[int]], Optional[int] is not None, T)
