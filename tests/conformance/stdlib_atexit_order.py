# atexit: callbacks run after the main module, newest first, with their
# arguments; unregister removes every registration of a function; an
# exception in a callback is reported on sys.stderr (captured here, and
# printed without the file paths by the first-registered callback, which runs
# last) and the others still run.
import atexit
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


def show_reports(cap, real):
    sys.stderr = real
    for line in ''.join(cap.parts).splitlines():
        if not line.startswith('  File '):
            print('stderr:', line)


cap = Capture()
atexit.register(show_reports, cap, sys.stderr)
sys.stderr = cap


class Callback:
    def __init__(self, name, exc=None):
        self.name = name
        self.exc = exc

    def __call__(self, *args, **kwargs):
        print('callback', self.name, args, sorted(kwargs.items()))
        if self.exc is not None:
            raise self.exc

    def __repr__(self):
        return '<Callback %s>' % self.name


def plain(x, y=0):
    print('plain', x, y)


atexit.register(plain, 1, y=2)
atexit.register(Callback('boom', ValueError('boom')))
twice = Callback('twice')
atexit.register(twice)
atexit.register(twice, 'again')
atexit.unregister(twice)
atexit.register(Callback('exit', SystemExit(5)))
r = atexit.register(print, 'last registered, first run')
print(r is print)


@atexit.register
def decorated():
    print('decorated')


print(decorated.__name__)
try:
    atexit.register(1)
except TypeError as e:
    print('TypeError:', e)
print('main done')
sys.exit(0)
