# collections, itertools, functools, operator, math, random (seeded), json,
# string, textwrap, sys, heapq, bisect, copy, statistics, fractions as users call them.
import collections, itertools, functools, operator, math, random, json, string, textwrap, sys, heapq, bisect, copy, statistics, fractions
def t(src):
    try:
        r = eval(src)
        print(src, "->", repr(r))
    except Exception as e:
        print(src, "!!", type(e).__name__, e)
for src in [
 "collections.Counter('abracadabra').most_common(3)", "collections.Counter(a=3, b=-1) + collections.Counter(b=2)", "collections.Counter('ab') - collections.Counter('b')",
 "collections.Counter('aab') & collections.Counter('ab')", "collections.Counter('aab') | collections.Counter('bbc')", "sorted(collections.Counter('hello').elements())",
 "collections.Counter('abc').total()", "collections.Counter({'a': 2}) == collections.Counter({'a': 2, 'b': 0})", "collections.Counter('ab')['z']",
 "collections.OrderedDict([(1, 2), (3, 4)])", "list(collections.OrderedDict.fromkeys('abc'))", "collections.OrderedDict(a=1) == collections.OrderedDict(a=1)",
 "collections.defaultdict(list)", "collections.defaultdict(int, a=1)['b']", "collections.deque([1, 2, 3], maxlen=2)", "collections.deque('abc')[1]",
 "collections.namedtuple('P', 'x y')(1, 2)", "collections.namedtuple('P', ['x', 'y'], defaults=[0])(1)", "collections.namedtuple('P', 'x y')(1, 2)._asdict()",
 "collections.namedtuple('P', 'x y')(1, 2)._replace(x=5)", "collections.namedtuple('P', 'x y')._fields", "collections.namedtuple('P', 'x y')(1)",
 "collections.ChainMap({1: 2}, {1: 3, 4: 5})[4]", "list(collections.ChainMap({1: 2}, {3: 4}))",
 "list(itertools.accumulate([1, 2, 3], initial=10))", "list(itertools.accumulate([3, 1, 2], max))", "list(itertools.chain.from_iterable(['ab', 'c']))",
 "list(itertools.combinations('abcd', 2))", "list(itertools.combinations_with_replacement('ab', 2))", "list(itertools.permutations(range(3), 2))",
 "list(itertools.product('ab', repeat=2))", "list(itertools.islice(itertools.count(5, 2), 3))", "list(itertools.islice('abcdef', 1, None, 2))",
 "list(itertools.groupby('aabbbc'))[0][0]", "[(k, list(g)) for k, g in itertools.groupby([1, 1, 2, 3, 3], key=lambda x: x % 2)]",
 "list(itertools.zip_longest('ab', 'xyz', fillvalue='-'))", "list(itertools.starmap(pow, [(2, 3), (3, 2)]))", "list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1]))",
 "list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1]))", "list(itertools.filterfalse(None, [0, 1, 2]))", "list(itertools.compress('abc', [1, 0, 1]))",
 "list(itertools.repeat('x', 3))", "list(itertools.pairwise('abcd'))", "[list(x) for x in itertools.tee([1, 2], 2)]", "list(itertools.cycle([]))",
 "list(itertools.islice(itertools.cycle('ab'), 5))", "list(itertools.islice([1], -1))",
 "functools.reduce(operator.add, [1, 2, 3], 10)", "functools.reduce(operator.add, [])", "functools.partial(int, base=2)('101')", "functools.partial(max, 5)(3)",
 "functools.lru_cache(maxsize=2)(lambda x: x * 2)(4)", "sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a))",
 "functools.reduce(lambda a, b: a * b, range(1, 6))", "operator.itemgetter(1, 0)('ab')", "operator.attrgetter('real')(3)", "operator.methodcaller('upper')('a')",
 "math.floor(-2.5)", "math.ceil(2.1)", "math.trunc(-2.7)", "math.isqrt(10**20 + 5)", "math.gcd(12, 18, 27)", "math.lcm(4, 6)", "math.comb(10, 3)", "math.perm(5, 2)",
 "math.factorial(20)", "math.factorial(-1)", "math.sqrt(-1)", "math.log(0)", "math.log(8, 2)", "math.log10(1000)", "math.log2(2**100)", "math.exp(1000)", "math.fsum([0.1] * 10)",
 "math.isclose(1.0, 1.0 + 1e-10)", "math.copysign(1, -0.0)", "math.fmod(-7, 3)", "math.modf(-2.5)", "math.frexp(8.0)", "math.ldexp(0.5, 4)", "math.hypot(3, 4, 12)",
 "math.dist((0, 0), (3, 4))", "math.prod([1, 2, 3], start=2)", "math.inf > 10**400", "math.nan == math.nan", "math.pi", "math.tau", "math.degrees(math.pi)", "math.atan2(1, -1)",
 "math.floor(float('inf'))", "math.isfinite(1e308 * 10)", "round(math.e, 5)", "math.gamma(5)", "math.lgamma(10)", "math.erf(0.5)",
 "sorted({3: 'a', 1: 'b'}.items(), key=operator.itemgetter(1), reverse=True)", "list(map(operator.neg, [1, -2]))", "operator.index(5.0)",
]:
    t(src)
random.seed(42)
for src in [
 "'{a}-{b}'.format_map({'a': 1, 'b': 2})", "'abc'.translate(str.maketrans('ab', 'xy', 'c'))", "str.maketrans({'a': '1'})", "'hello'.translate({104: None, 101: 'E'})",
 "[random.randint(1, 100) for _ in range(5)]", "random.choice('abcdef')", "random.sample(range(100), 5)", "(lambda l: (random.shuffle(l), l)[1])(list(range(10)))",
 "random.random()", "random.uniform(1, 2)", "random.randrange(0, 100, 7)", "random.choices('abc', k=5)", "random.gauss(0, 1)", "random.getrandbits(70)",
 "json.dumps({'b': [1, 2.5, None, True], 'a': 'é'}, sort_keys=True)", "json.dumps([1, 2], indent=2)", "json.dumps({'a': 1}, separators=(',', ':'))", "json.dumps('é', ensure_ascii=False)",
 "json.loads('{\"a\": [1, 2.0, null, true, \"x\"]}')", "json.loads('[1, 2')", "json.dumps(float('nan'))", "json.dumps({1: 2})", "json.dumps(set())", "json.loads('1e400')",
 "string.ascii_letters", "string.digits + string.punctuation", "string.Template('$x and ${y}').substitute(x=1, y=2)", "string.Template('$x').safe_substitute()", "string.capwords(' hello   world ')",
 "textwrap.wrap('The quick brown fox jumps over the lazy dog', 10)", "textwrap.fill('aaa bbb ccc', width=7)", "textwrap.dedent('  a\\n    b')", "textwrap.indent('a\\nb', '> ')", "textwrap.shorten('Hello  world foo bar', 12)",
 "sys.maxsize", "sys.version_info[:2]", "sys.version_info >= (3, 11)", "type(sys.argv)", "sys.getrecursionlimit()", "sys.byteorder", "sys.float_info.max", "sys.int_info.bits_per_digit if hasattr(sys, 'int_info') else 30",
 "heapq.nlargest(3, [5, 1, 8, 3, 9])", "heapq.nsmallest(2, [5, 1, 8], key=lambda x: -x)", "(lambda h: (heapq.heapify(h), [heapq.heappop(h) for _ in range(len(h))])[1])([5, 3, 8, 1])", "list(heapq.merge([1, 4], [2, 3]))",
 "bisect.bisect_left([1, 2, 2, 3], 2)", "bisect.bisect([1, 2, 2, 3], 2)", "(lambda l: (bisect.insort(l, 2.5), l)[1])([1, 2, 3])", "bisect.bisect_left([1, 2, 3], 2, key=lambda x: x)",
 "copy.deepcopy({'a': [1, [2]]})", "copy.copy([1, [2]])[1] is not None", "statistics.mean([1, 2, 3, 4])", "statistics.median([3, 1, 2, 4])", "statistics.mode([1, 1, 2])", "statistics.stdev([1, 2, 3, 4])",
 "statistics.pvariance([1, 2, 3])", "statistics.mean([])", "fractions.Fraction(3, 6)", "fractions.Fraction('1.5') + 1", "fractions.Fraction(1, 3) * 3 == 1", "str(fractions.Fraction(-7, 21))",
 "fractions.Fraction(0.1)", "fractions.Fraction(1, 0)", "round(fractions.Fraction(5, 2))", "float(fractions.Fraction(1, 3))",
]:
    t(src)
