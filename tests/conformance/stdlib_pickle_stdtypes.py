# pickle of standard-library values: CPython's bytes at protocols 0 and 2, round trips at 4.
import pickle, math, datetime, enum, collections, dataclasses, decimal, fractions, functools, operator
class Color(enum.Enum):
    RED = 1
P = collections.namedtuple('P', 'x y')
@dataclasses.dataclass
class DC:
    a: int
    b: str = 'x'
objs = [math.sqrt, decimal.Decimal('1.10'), fractions.Fraction(1, 3), datetime.date(2024, 1, 2),
        datetime.datetime(2024, 1, 2, 3, 4, 5, 6), datetime.timedelta(days=1, seconds=5), Color.RED, P(1, 2), DC(1),
        collections.defaultdict(list, {'a': [1]}), collections.Counter('aab'), collections.deque([1, 2]),
        functools.partial(max, 1), operator.itemgetter(1), operator.attrgetter('a.b', 'c'),
        operator.methodcaller('f', 1, k=2), operator.methodcaller('g'), collections.deque([3], 5), datetime.time(1, 2, 3, 456789), object(), b'bytes', bytearray(b'x'), 1+2j,
        {1: {2: (3,)}}, str, decimal.getcontext()]
for o in objs:
    for p in (0, 2, 4):
        try:
            s = pickle.dumps(o, p)
            back = pickle.loads(s)
            same = back == o if type(o) not in (object, functools.partial, operator.itemgetter, operator.attrgetter, operator.methodcaller) else repr(back) == repr(o) or type(back).__name__
            # An Enum member's pickle changed within 3.11 (getattr form up to 3.11.4, the class
            # call after): only its round trip is compared.
            print(p, type(o).__name__, s if p != 4 and not isinstance(o, enum.Enum) else '', same)
        except Exception as e:
            print(p, type(o).__name__, 'ERR', type(e).__name__, e)
