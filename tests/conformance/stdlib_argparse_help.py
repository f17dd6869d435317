# argparse: help and usage formatting (wrapping, groups, mutually exclusive groups, subparsers, formatter classes), error text
import argparse
import io
import os
import sys

os.environ['COLUMNS'] = '80'


def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        res = repr(parser.parse_args(args))
    except SystemExit as e:
        res = 'SystemExit(%r)' % (e.code,)
    finally:
        sys.stdout, sys.stderr = old
    print(args, '->', res)
    print(out.getvalue() + err.getvalue(), end='')


p = argparse.ArgumentParser(prog='tool', description='A tool that does many things with files, '
                            'directories and other assorted objects found on the disk.',
                            epilog='See the manual for more.')
p.add_argument('files', nargs='*', help='input files to process, in the order given on the command line')
p.add_argument('-o', '--output', metavar='FILE', help='where to write (default: %(default)s)', default='-')
p.add_argument('-j', '--jobs', type=int, default=2, help='parallel jobs [%(default)d]')
p.add_argument('--level', choices=['low', 'mid', 'high'], help='how hard to try')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('-x', nargs=2, metavar=('A', 'B'))
p.add_argument('--tags', nargs='+')
g = p.add_argument_group('network', 'options for talking to the server')
g.add_argument('--host', default='localhost')
g.add_argument('--port', type=int)
m = p.add_mutually_exclusive_group()
m.add_argument('--fast', action='store_true')
m.add_argument('--slow', action='store_true')
run(p, ['-h'])
print(p.format_usage(), end='')
run(p, ['--fast', '--slow'])
run(p, ['--level', 'max'])
run(p, ['-j'])

r = argparse.ArgumentParser(prog='req')
mx = r.add_mutually_exclusive_group(required=True)
mx.add_argument('--a', action='store_true')
mx.add_argument('--b')
r.add_argument('pos')
run(r, ['x'])
run(r, ['--help'])

top = argparse.ArgumentParser(prog='git')
top.add_argument('--debug', action='store_true')
sub = top.add_subparsers(dest='cmd', help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
s = sub.add_parser('status', help='show status')
s.add_argument('paths', nargs='*')
s.set_defaults(func='status-func')
run(top, ['commit', '-m', 'hi'])
run(top, ['--debug', 'ci', '--amend', '-m', 'x'])
run(top, ['status', 'a', 'b'])
run(top, [])
run(top, ['push'])
run(top, ['commit'])
run(top, ['-h'])
run(top, ['commit', '-h'])
sub2 = argparse.ArgumentParser(prog='svc')
sp = sub2.add_subparsers(title='commands', description='valid commands', required=True, metavar='COMMAND')
sp.add_parser('start', help='start it')
sp.add_parser('stop')
run(sub2, ['-h'])
run(sub2, [])

raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                              description='line one\n  indented line two\n\nparagraph')
raw.add_argument('--x', help='x help', default=3)
run(raw, ['-h'])
dflt = argparse.ArgumentParser(prog='dflt', formatter_class=argparse.ArgumentDefaultsHelpFormatter, add_help=False)
dflt.add_argument('--x', help='x help', default=3)
dflt.add_argument('--y', help='y help')
dflt.add_argument('z', nargs='?', default='zz', help='z help')
print(dflt.format_help())
mv = argparse.ArgumentParser(prog='mv', formatter_class=argparse.MetavarTypeHelpFormatter)
mv.add_argument('--n', type=int)
mv.add_argument('f', type=float)
print(mv.format_help())
long = argparse.ArgumentParser(prog='a_program_with_a_rather_long_name')
for i in range(8):
    long.add_argument('--option-number-%d' % i, metavar='VALUE_%d' % i)
long.add_argument('positional_argument_with_long_name')
print(long.format_usage(), end='')
os.environ['COLUMNS'] = '50'
narrow = argparse.ArgumentParser(prog='narrow', description='This description is long enough that it has to wrap at fifty columns.')
narrow.add_argument('--flag', help='a flag whose help text also goes on for quite a while')
print(narrow.format_help())
