# re: re.error messages, positions, lineno/colno for bad patterns; bad templates; type errors
import re

bad = [
    'a)', '(a', '(?P<n>a)(?P<n>b)', '*a', 'a**', 'a{3,2}', '[a', '[z-a]', r'[\d-z]', r'\q', r'[\A]',
    '(?P<1a>x)', '(?P=nope)', '(?P<a>x)(?P=a', '(?Px)', '(?<x)', '(?z)', '(?i', '(?-', '(?i-i:a)',
    'a(?i)b', r'(a)\2', r'\1(a)', '(a)(?(3)b)', '(?(x)a|b)', '(?(1a)b)', '(?<=a+)b', '(?<=a|bc)d',
    r'\x4', r'\u12', '(?#abc', r'\400', '[\\', '\\', '^*', '$+', r'\b*', 'a{1}{2}', '(?P', '(?',
    'x{2,1}', '(?L)a', '(?au)x', '(?a-i:x)', 'abc\n(?z)', '(', ')', '|*', '(?P<>x)', r'(?P<a>a)(?P=a)(?P<b>\P)',
    '[a-\\w]', '(?<!a*)', '(?(0)a)', '(?x)a # c\n)', r'(?<=(a))\1', r'(a)(?<=\1)',
]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError) as e:
        print(repr(p), '->', type(e).__name__, e)

try:
    re.compile('a{99999999999}')
except OverflowError as e:
    print('OverflowError', e)
try:
    re.compile('a', re.LOCALE)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile('a', re.ASCII | re.UNICODE)
except ValueError as e:
    print('ValueError', e)

for t in [r'\g<9>', r'\g<x>', r'\g<', r'\g<1', r'\gx', r'\9', '\\', r'\q', r'\g<-1>', r'\g<a b>']:
    try:
        print(repr(t), re.sub(r'(a)', t, 'a'))
    except re.error as e:
        print(repr(t), 'error:', e)
    except IndexError as e:
        print(repr(t), 'IndexError:', e)

for args in [(1, 'a'), ('a', 1), ('a', None)]:
    try:
        re.match(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    re.sub('a', 1, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
print(re.compile(re.compile('a')).pattern)
print(isinstance(re.error('x'), Exception), re.error.__name__, re.error('m', 'pat', 1).args)
e = re.error('msg', 'ab\ncd', 4)
print(e, e.lineno, e.colno)
print(re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\l m\tn#o&p~q-r'), re.escape('héllo_1'))
print(re.purge(), re.template if False else None)
