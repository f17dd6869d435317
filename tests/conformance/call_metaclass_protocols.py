# Classes called and used as containers through their metaclass: cls(...) in
# a loop (the VM's constructor fast path must leave a metaclass __call__ and
# the abstract-class check to the class call), and iter / len / in / [] /
# reversed on classes (Enum, IntFlag, a metaclass defining them, type).
import abc
from enum import Enum, IntFlag


class M(type):
    def __call__(cls, *a):
        print("M.__call__", a)
        return super().__call__(*a)


class C(metaclass=M):
    def __init__(self, x):
        self.x = x


def make():
    for i in range(3):
        c = C(i)
    return c.x


print(make())


class A(abc.ABC):
    @abc.abstractmethod
    def g(self):
        ...


def abstract():
    for i in range(2):
        try:
            A()
        except TypeError as e:
            print(e)


abstract()


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(list(Color), len(Color), Color["RED"], Color.RED in Color, list(reversed(Color)))


class P(IntFlag):
    R = 4
    W = 2


print(list(P), P.R in P, len(P))


class Meta(type):
    def __iter__(cls):
        return iter([1, 2])

    def __len__(cls):
        return 7

    def __getitem__(cls, k):
        return k * 2

    def __contains__(cls, x):
        return x == 9


class K(metaclass=Meta):
    pass


print(list(K), len(K), K[4], 9 in K, 8 in K, list[int], dict[str, int])
for expr in ["iter(int)", "len(int)", "3 in int", "reversed(int)", "iter(K())"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "TypeError", e)
