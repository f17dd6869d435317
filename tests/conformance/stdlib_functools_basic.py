# functools: reduce, partial, lru_cache (bounded/unbounded/bare, cache_info), cache, wraps, cmp_to_key, total_ordering.
import functools
from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [7]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError:', e)
p = partial(int, base=2)
print(p('1011'), p.args, p.keywords)
add3 = partial(lambda a, b, c: a + 10 * b + 100 * c, 1)
print(add3(2, 3), partial(add3, 5)(7), partial(add3, 4).args)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache
def square(x):
    return x * x


print([square(i % 3) for i in range(6)], square.cache_info())


@lru_cache(maxsize=2)
def ident(x):
    return x


for v in [1, 2, 1, 3, 2, 1]:
    ident(v)
print(ident.cache_info())
ident.cache_clear()
print(ident.cache_info())


@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(30), fact.cache_info().hits)


def deco(f):
    @wraps(f)
    def inner(*a):
        return f(*a) + 1
    return inner


@deco
def documented(x):
    "the doc"
    return x


print(documented(1), documented.__name__, documented.__doc__, documented.__wrapped__(1))
print(sorted([5, 1, 4, 2], key=cmp_to_key(lambda a, b: b - a)))


@total_ordering
class V:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), V(2) <= V(2))
