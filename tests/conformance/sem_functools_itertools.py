import functools, itertools, operator
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
@functools.lru_cache(maxsize=2)
def sq(x, y=1):
    print('call', x, y)
    return x * x + y
print(sq(2), sq(2), sq(3), sq(4), sq(2), sq(2, y=1), sq(2, 1), sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@functools.lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits)
@functools.cache
def cc(a): return [a]
print(cc(1) is cc(1))
t(lambda: cc([1]))
def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w
@deco
def hello(a, b=2):
    "doc"
    return a + b
print(hello.__name__, hello.__doc__, hello(1), hello.__wrapped__.__name__, hello.__qualname__)
p = functools.partial(hello, b=10)
print(p(1), p.func is hello, p.args, p.keywords, functools.partial(p, 5)())
t(lambda: functools.reduce(lambda a, b: a + b, []))
t(lambda: functools.reduce(1, [1, 2]))
t(lambda: functools.reduce(operator.add, 5))
print(functools.reduce(operator.add, [1], 0), functools.reduce(operator.mul, range(1, 6)))
class A:
    def __init__(self): self.n = 0
    @functools.cached_property
    def v(self):
        self.n += 1
        return self.n * 10
a = A(); print(a.v, a.v, a.n, 'v' in a.__dict__)
@functools.total_ordering
class V:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return self.x == o.x
    def __gt__(self, o): return self.x > o.x
print(V(1) < V(2), V(1) <= V(1), V(3) >= V(4))
@functools.singledispatch
def f(x): return 'obj'
@f.register
def _(x: int): return 'int'
@f.register(str)
def _(x): return 'str'
t(lambda: (f(1), f('a'), f(1.5), f(True)))
print(list(itertools.batched('abcde', 2)) if hasattr(itertools, 'batched') else 'nb')
t(lambda: list(itertools.product('ab', repeat=-1)))
t(lambda: list(itertools.islice('abc', 'x')))
t(lambda: list(itertools.islice('abcdef', 1, 5, 0)))
t(lambda: list(itertools.accumulate('abc')))
t(lambda: list(itertools.groupby([])))
t(lambda: list(itertools.compress('abc', [True])))
t(lambda: next(itertools.count()))
t(lambda: list(itertools.tee([1, 2], 0)))
t(lambda: [list(x) for x in itertools.tee(iter([1, 2]), 3)])
t(lambda: list(itertools.zip_longest([1], [2, 3], [4])))
t(lambda: list(itertools.permutations([1, 2, 3])))
t(lambda: len(list(itertools.combinations(range(10), 3))))
t(lambda: repr(itertools.count(3))), 
t(lambda: repr(itertools.repeat('a', 2)))
t(lambda: list(itertools.chain([1], 5)))
t(lambda: operator.itemgetter(5)([1]))
t(lambda: operator.attrgetter('a.b')(1))
t(lambda: (operator.lt(1, 2), operator.not_(0), operator.abs(-1), operator.floordiv(7, 2), operator.pow(2, 3), operator.xor(5, 3), operator.inv(5), operator.length_hint([1, 2]), operator.countOf([1, 1], 1), operator.indexOf([1, 2], 2)))
