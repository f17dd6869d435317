# Builtins with unusual arguments (str methods, %-format, str.format, format specs,
# int/float/str constructors, round, divmod, pow, min/max/sorted, zip(strict=),
# dict methods, bytes, hash, ranges, comparisons, arithmetic) as CPython 3.11.
def t(src):
    try:
        r = eval(src)
        print(src, "->", repr(r))
    except Exception as e:
        print(src, "!!", type(e).__name__, e)
for src in [
 "'abc'.split('')", "'a b'.split(None, -5)", "'abc'.center(10, 'xy')", "'abc'.center('5')", "'abc'.ljust(5, '')",
 "'abc'.find(1)", "'abc'.startswith(['a'])", "'abc'.startswith(('x', 'a'), 0, 2)", "'abc'.replace('', '-')", "'abc'.replace('', '-', 2)",
 "'a,b,,c'.split(',', maxsplit=1)", "'abc'.split(sep='b')", "'  x '.strip(None)", "'xyx'.strip('x', 'y')", "'abc'.count('')",
 "'abc'.index('d')", "'abc'.rindex('d')", "'abc'.join(['a', 1])", "','.join(x for x in 'ab')", "'%s %s' % ('a',)",
 "'%d' % 'x'", "'%(a)s' % {'a': 1}", "'%5.2f|%-5d|%+d' % (3.14159, 4, 5)", "'%c' % 65", "'%r' % 'x'", "'%x %o %e' % (255, 8, 12345.678)",
 "'{} {}'.format(1)", "'{0} {}'.format(1, 2)", "'{a}'.format(b=1)", "'{:>{w}}'.format('x', w=5)", "'{!x}'.format(1)",
 "'{0[1]}'.format([5, 6])", "'{0.real}'.format(3)", "format(1234567.891, ',.2f')", "format(0.000012345, 'g')", "format(1e16, 'g')",
 "format(123, 'c')", "format(-0.0, '+.1f')", "format(float('nan'), '>6')", "format(1.5, '=^10.2f')", "format(42, '#010b')",
 "format('abc', '.2')", "format('abc', 'd')", "format(3, '.2f')", "format(3.5, 'd')", "format(10**20, ',')", "format(True, 'd')", "format(None, '')",
 "int('  12  ')", "int('1_000')", "int('1__0')", "int('_1')", "int('0x1f', 16)", "int('0x1f', 0)", "int('010', 0)", "int('z', 36)", "int('12', 1)", "int('12', 37)",
 "int(3.99)", "int(-3.99)", "int('3.5')", "int(float('inf'))", "int(float('nan'))", "int('')", "int(' ')", "int(b'12')", "int('١٢')", "int(True)",
 "float('  1.5\\n')", "float('1_000.5')", "float('infinity')", "float('-iNF')", "float('nan')", "float('1e500')", "float('0x10')", "float('')", "float(10**400)", "float('1.5e-400')",
 "str(b'ab')", "str(b'ab', 'ascii')", "str(object=5)", "str(encoding='x')",
 "round(2.5)", "round(3.5)", "round(-2.5)", "round(2.675, 2)", "round(1234, -2)", "round(1250, -2)", "round(1350, -2)", "round(1.5, None)", "round(10**30 + 5, -1)", "round(float('inf'))", "round(float('nan'))", "round(1e300, -300)", "round(5, 'x')", "round(0.5, 400)", "round(12.5, -1)",
 "divmod(7, -2)", "divmod(-7, 2)", "divmod(7.5, 2)", "divmod(-7.5, 2)", "divmod(1, 0)", "divmod(1.0, 0)", "divmod(10**30, 7)", "divmod(-10**30, -7)", "divmod(float('inf'), 3)", "divmod(5, float('inf'))", "divmod(-5, float('inf'))", "divmod(True, 2)",
 "pow(2, -1)", "pow(2, -1, 7)", "pow(3, 4, -5)", "pow(2, 0.5)", "pow(0, -1)", "pow(0.0, -1)", "pow(2, 3, 0)", "pow(2.0, 3, 5)",
 "sorted([3, 1, 2], key=None)", "min([], default=None)", "max([1, 2], default=0)", "max(1, 2, default=0)", "min()", "max([])", "min(1)", "max('abc')", "max([1, 3, 2], key=lambda x: -x)", "min((1, 2), (1,))",
 "list(zip([1, 2], [3], strict=True))", "list(zip([1], [3, 4], strict=True))", "list(zip([1], [3], [5, 6], strict=True))", "list(zip(strict=True))", "list(zip([1, 2], 'ab', strict=False))",
 "dict([(1, 2), (3, 4)])", "dict([(1, 2, 3)])", "dict([1])", "dict(a=1, **{'b': 2})", "dict({1: 2}, a=3)", "{1: 2}.get()", "{}.pop(1)", "{}.pop()", "{1: 2}.popitem()", "{}.popitem()",
 "dict.fromkeys([1, 2])", "dict.fromkeys('ab', [])", "{1: 2}.setdefault(3)", "{1: 2} | [(3, 4)]", "{1: 2}.update([(3, 4)], x=5)", "list({1: 2, 3: 4}.items())", "{1: 2} == {1: 2.0}", "{1: 2}.copy()", "dict(zip('ab', range(2)))",
 "list(reversed({1: 2, 3: 4}))", "list(reversed({1: 2}.items()))", "{1: 1}.keys() - {1}", "[].index(1)", "[1, 2].index(2, 5)", "(1, 2).index(3)", "[1].remove(2)", "[1, 2, 3].pop(5)", "[].pop()",
 "bytes(3)", "bytes('ab')", "bytes('ab', 'utf-8')", "bytes([256])", "b'ab'.hex()", "bytes.fromhex('6162')", "b'abc'[1]",
 "abs(-0.0)", "abs(True)", "hash(-1)", "hash(-2)", "hash(2**61)", "hash(1.5)", "hash((1, 2))", "hash(float('inf'))", "hash([1])",
 "chr(0x110000)", "ord('ab')", "ord('')", "chr(-1)", "bin(-5)", "oct(-8)", "hex(-255)", "bin(2**70)", "ascii('é')", "repr('\\x00\\u1234\\'\"')",
 "isinstance(1, (int, str))", "isinstance(1, [int])", "issubclass(bool, int)", "issubclass(1, int)", "callable(len)", "getattr(1, 'x', 2)", "getattr(1, 'x')", "hasattr([], 'append')",
 "list(range(10)[::-3])", "range(10)[2:8:2]", "range(0)[0]", "range(5).index(3)", "range(1, 10, 2).count(3)", "len(range(10**20))", "range(1, 2, 0)",
 "list(enumerate('ab', start=-1))", "list(map(pow, [2, 3], [2]))", "list(filter(None, [0, 1, '', 'a']))", "sum([0.1] * 10)", "sum([[1], [2]], [])", "sum(['a'], '')", "sum(range(5), start=10)",
 "any([])", "all([])", "next(iter([]), 'd')", "next(iter([]))", "iter(5)", "list(iter(lambda: 1, 1))",
 "1 < 'a'", "[1] < [1, 2]", "(1, 'a') < (1, 2)", "None < None", "{1} < {1, 2}", "{1: 2} < {1: 3}", "1 == 1.0 == True", "0.1 + 0.2 == 0.3", "2**53 + 1 == float(2**53 + 1)",
 "10 / 4", "10 // 4.0", "-7 % 3", "7 % -3", "-7.5 % 2", "7 // 0", "7.0 // 0", "0 ** 0", "0.0 ** -1", "10 ** -2", "2 ** 100", "1e308 * 10", "-1e308 * 10", "1 / 3", "2 / 3", "1e22", "1e16", "1.0e-5", "123456789012345678.0",
 "True + True", "True / 2", "-True", "~True", "True & 2", "True | False", "bool('False')", "int('-0')", "-0.0 == 0.0", "str(-0.0)",
 "[1, 2, 3][::-1][:2]", "'abc'[5:]", "'abc'[-10:2]", "[1, 2, 3][1:-1]", "'hello'[::2]", "[0][1]", "'x' * -1", "[1] * 0", "[[0] * 2] * 2",
 "(1,) + [2]", "[1] + (2,)", "'a' + 1", "1 + 'a'", "[] + None", "{1} + {2}", "{1} | [2]", "{'a': 1} + {'b': 2}",
]:
    t(src)
