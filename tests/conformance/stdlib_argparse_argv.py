# argparse: parse_args() reads sys.argv (prog from argv[0]); gettext identity; shutil/os terminal sizes with COLUMNS/LINES
import argparse
import gettext
import os
import shutil
import sys

os.environ['COLUMNS'] = '80'
sys.argv = ['/usr/local/bin/mytool', '-vv', 'input.txt', '--out', 'o.txt']
p = argparse.ArgumentParser(description='demo')
p.add_argument('-v', action='count', default=0)
p.add_argument('src')
p.add_argument('--out')
print(p.prog, p.parse_args())
print(p.format_usage(), end='')
sys.argv = ['x.py', '--help']
os.environ['COLUMNS'] = '60'
try:
    argparse.ArgumentParser(description='shows help for x').parse_args()
except SystemExit as e:
    print('exit', e.code)
os.environ['COLUMNS'] = '100'
os.environ['LINES'] = '30'
print(shutil.get_terminal_size(), shutil.get_terminal_size().columns)
os.environ['COLUMNS'] = 'junk'
print(shutil.get_terminal_size((77, 11)).columns)
ts = os.terminal_size((5, 6))
print(ts, ts.columns, ts.lines, tuple(ts), isinstance(ts, tuple))
try:
    os.terminal_size((1, 2, 3))
except TypeError as e:
    print('TypeError', e)
print(gettext.gettext('Hello'), gettext.ngettext('file', 'files', 1), gettext.ngettext('file', 'files', 3))
print(gettext.pgettext('ctx', 'm'), gettext.npgettext('c', 'a', 'b', 0), gettext.textdomain(), gettext.dgettext('d', 'q'))
t = gettext.NullTranslations()
print(t.gettext('w'), t.ngettext('a', 'b', 1), t.info(), t.charset())
