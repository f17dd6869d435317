def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import math, string, json, random, operator, heapq, bisect, copy, dataclasses, typing, abc, io, os, time, textwrap, statistics, fractions
print(math.gcd(12, 18), math.isqrt(17), math.comb(5, 2), math.prod([1, 2, 3]), math.floor(-1.5), math.copysign(1, -0.0))
print(string.ascii_lowercase[:5], json.dumps({'a': [1, 2.5, None, True]}), json.loads('[1, "x"]'))
print(operator.itemgetter(1)([5, 6]), heapq.nsmallest(2, [5, 1, 3]), bisect.bisect_left([1, 2, 4], 3), copy.deepcopy([[1]]))
@dataclasses.dataclass
class P:
    x: int
    y: int = 2
print(P(1), P(1) == P(1, 2))
print(textwrap.wrap("hello world foo bar", 10), statistics.mean([1, 2, 3, 4]), fractions.Fraction(1, 3) + fractions.Fraction(1, 6))
s = io.StringIO(); s.write("hi"); print(s.getvalue())
