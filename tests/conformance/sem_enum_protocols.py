# enum classes as containers: iteration (aliases skipped), len, in, [name], reversed, __members__, Flag classes and values
from enum import Enum, IntEnum, Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(list(Color), len(Color), Color['GREEN'], Color.RED in Color)
print(list(reversed(Color)), sorted(Color, key=lambda c: c.value, reverse=True))
print([m.name for m in Color], list(Color.__members__), [m.name for m in Color.__members__.values()])
print(dict(Color.__members__.items())['CRIMSON'], len(Color.__members__), 'RED' in Color.__members__)
for bad in (lambda: Color['PINK'], lambda: 1 in Color, lambda: Color.__members__['x']):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(list(Num), sum(Num), max(Num), Num.TWO in Num)

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
print(list(Perm), len(Perm), list(Perm.RW), list(Perm(7)), Perm['RW'])
print(list(FlagBoundary), STRICT, CONFORM is FlagBoundary.CONFORM, EJECT, KEEP)

class Opt(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(list(Opt), [int(o) for o in Opt], list(Opt.A | Opt.C), len(Opt.A | Opt.B))

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), len(Animal), Animal['BEE'])
print({c: c.value for c in Color})
