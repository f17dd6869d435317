# sys: exit/SystemExit, recursion limit, version_info fields, stdout/stderr writes, intern, exc_info, float_info.
import sys

print(sys.version_info.major, sys.version_info[:2] >= (3, 8), sys.version_info.releaselevel, len(sys.version_info))
print(isinstance(sys.version, str), sys.byteorder, sys.maxsize == 2 ** 63 - 1, sys.platform.startswith('linux'))
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError:', e)
n = sys.stdout.write('abc\n')
print(n)
sys.stdout.flush()
sys.stderr.write('to stderr\n')
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.code)
try:
    sys.exit('message')
except SystemExit as e:
    print('SystemExit', repr(e.code))
s = sys.intern('hello world')
print(s, s is sys.intern('hello ' + 'world'))
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v))
print(sys.exc_info())
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit)
print(sys.implementation.name != '', 'math' in sys.builtin_module_names or True)
sys.exit(0)
