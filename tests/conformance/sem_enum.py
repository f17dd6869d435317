# enum: members, values, aliases, repr/str/format, IntEnum/StrEnum/Flag/IntFlag, auto, unique, _missing_, functional API, custom __new__/__init__
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, repr(Color))
print(Color.CRIMSON is Color.RED, Color(1), Color(3).name, Color._member_names_)
print(repr(Color.__members__))
print(f"{Color.RED}|{Color.RED!r}|{Color.RED:>12}|{Color.BLUE:<10}|", "%s %r" % (Color.RED, Color.GREEN))
print(format(Color.GREEN), type(Color.RED).__name__, type(Color), EnumMeta is EnumType)
print(isinstance(Color.RED, Color), Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print(hash(Color.RED) == hash('RED'), bool(Color.RED), bool(Color), {Color.RED: 'r'}[Color.CRIMSON])

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: Color(7))
attempt(lambda: Color('x'))
attempt(lambda: Color.RED < Color.BLUE)
attempt(lambda: setattr(Color, 'RED', 5))
attempt(lambda: delattr(Color, 'RED'))
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print(e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
try:
    class Reserved(Enum):
        _bad_ = 1
except ValueError as e:
    print(e)

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), str(Num.TWO), f"{Num.ONE}", format(Num.TWO, '03'), Num.ONE + 1, Num.TWO * 3)
print(Num.ONE == 1, Num.ONE < Num.TWO, Num(2), sorted([Num.TWO, Num.ONE]), isinstance(Num.ONE, int), "%d|%s" % (Num.TWO, Num.TWO))
print([1, 2, 3][Num.ONE], int(Num.TWO))

class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = 'sq'
print(Shape.CIRCLE, repr(Shape.CIRCLE), Shape.SQUARE == 'sq', Shape.SQUARE.upper(), f"{Shape.SQUARE}!", len(Shape.CIRCLE))

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(Auto.A.value, Auto.B.value, Auto.D.value, repr(auto(5)))

class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    X = auto()
    Y = auto()
print(Lower.X.value, Lower.Y.value)

class Perm(Flag):
    R = 4
    W = 2
    X = 1
RW = Perm.R | Perm.W
print(repr(RW), str(RW), RW.value, Perm.R in RW, Perm.X in RW, bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(repr(~Perm.R), repr(RW & Perm.W), repr(RW ^ Perm.R), list(RW), len(RW), repr(Perm(7)), repr(Perm(8)))
print(RW.name, Perm(0).name, repr(Perm), Perm(6) is RW)

class Opt(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B
print(repr(Opt.AB), repr(Opt.A | Opt.B), repr(~Opt.A), repr(Opt.A | Opt.B | Opt.C), Opt.AB.value, Opt._member_names_)

class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP.R | IP.W), str(IP.R | IP.W), IP.R | 8, repr(IP.R | 8), repr(IP(9)), repr(~IP.R), IP.W + 1, repr(IP(0)), f"{IP.R}")

@unique
class Ok(Enum):
    A = 1
    B = 2
print(Ok.B)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(e)

Animal = Enum('Animal', 'ANT BEE CAT')
print(Animal.BEE.value, repr(Animal.CAT), repr(Animal), Animal.__name__)
Pet = Enum('Pet', [('DOG', 'd'), ('FISH', 'f')])
print(Pet('f'), repr(Pet.DOG))
Big = IntEnum('Big', 'X Y', start=10)
print(repr(Big.Y), Big.X + 0)
Dd = Enum('Dd', {'P': 3, 'Q': 4})
print(repr(Dd.Q))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))

class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return 'my custom str! {0}'.format(self.value)
    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY
print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY))

class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coord.PY.label, Coord(1), Coord.PX.value)

class Missing(Enum):
    A = 'a'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() == 'a':
            return cls.A
        return None
print(Missing('A'), Missing('a'))
attempt(lambda: Missing('b'))

class Ign(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    A = 1
print(Ign._member_names_, hasattr(Ign, 'tmp'))

class WithName(Enum):
    name = 1
    value = 2
print(WithName.name, WithName.value, WithName.name.value, WithName.value.name)

match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
print(dir(Color))
print(dir(Color.RED))
