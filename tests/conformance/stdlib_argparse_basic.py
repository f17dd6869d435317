# argparse: positionals, optionals, nargs, type, default, choices, actions, required, dest, metavar, '--x=1', '-abc', '--', errors
import argparse
import io
import os
import sys

os.environ['COLUMNS'] = '80'


def run(parser, args):
    """Parse args; print the namespace, or what parse_args printed and its exit code."""
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        ns = parser.parse_args(args)
        res = repr(ns)
    except SystemExit as e:
        res = 'SystemExit(%r)' % (e.code,)
    finally:
        sys.stdout, sys.stderr = old
    print(args, '->', res)
    if out.getvalue():
        print('stdout:', out.getvalue(), end='')
    if err.getvalue():
        print('stderr:', err.getvalue(), end='')


p = argparse.ArgumentParser(prog='calc')
p.add_argument('nums', metavar='N', type=int, nargs='+', help='numbers')
p.add_argument('--sum', dest='acc', action='store_const', const='sum', default='max')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', action='store_true')
p.add_argument('-n', '--no-color', action='store_false', dest='color')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('-I', '--include', action='append', default=[])
p.add_argument('--pair', nargs=2, type=float)
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--many', nargs='*')
for args in [['1', '2'], ['1', '--sum', '-vvq'], ['--mode=slow', '3'], ['-I', 'a', '-Ib', '--include=c', '4'],
             ['--pair', '1.5', '2', '5'], ['5', '--opt'], ['5', '--opt', 'x'], ['5', '--many'], ['5', '--many', 'a', 'b'],
             ['--', '-1', '7'], ['-nv', '8'], ['--verb', '9'], ['--mo', 'slow', '1'],
             [], ['x'], ['1', '--mode', 'medium'], ['1', '--pair', '1'], ['1', '--bogus'], ['1', '--sum=3'],
             ['1', '-v', '--pair', 'a', 'b'], ['1', '--v']]:
    run(p, args)

q = argparse.ArgumentParser(prog='req')
q.add_argument('--level', type=int, required=True)
q.add_argument('src')
q.add_argument('dst', nargs='?', default='out')
q.add_argument('rest', nargs=argparse.REMAINDER)
for args in [['--level', '2', 'a'], ['a', 'b', '--level=3'], ['a'], [], ['--level', 'x', 'a'], ['--level', '1', 'a', 'b', 'c', '--d']]:
    run(q, args)

v = argparse.ArgumentParser(prog='ver')
v.add_argument('--version', action='version', version='%(prog)s 1.2.3')
run(v, ['--version'])

ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(b='x', a=1), 'a' in ns, vars(ns))
r = q.parse_known_args(['--level', '1', 's', '--zzz'])
print(r)
d = argparse.ArgumentParser(prog='d', argument_default=argparse.SUPPRESS)
d.add_argument('--x')
d.add_argument('--y', type=int, default=4)
print(d.parse_args([]), d.parse_args(['--x', '1']))
d.set_defaults(z=9)
print(d.parse_args([]), d.get_default('z'), d.get_default('y'))
pp = argparse.ArgumentParser(prog='pp', prefix_chars='+', fromfile_prefix_chars=None, allow_abbrev=False)
pp.add_argument('+f', '++foo', action='store_true')
pp.add_argument('++foobar')
run(pp, ['+f'])
run(pp, ['++foob', '1'])
e = argparse.ArgumentParser(prog='e', exit_on_error=False)
e.add_argument('--n', type=int)
try:
    e.parse_args(['--n', 'q'])
except argparse.ArgumentError as ex:
    print('ArgumentError:', ex)
try:
    p.add_argument('--sum')
except argparse.ArgumentError as ex:
    print('ArgumentError:', ex)
try:
    p.add_argument('bad', nargs=0)
except ValueError as ex:
    print('ValueError:', ex)
