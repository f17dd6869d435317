# contextlib: @contextmanager (normal exit, exceptions inside, suppression), suppress, closing, nullcontext, ExitStack.
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack


@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)


with tag('a') as t:
    print('inside', t)

try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))


with swallow():
    {}['missing']
print('after swallow')


@tag('deco')
def decorated(x):
    print('decorated body', x)
    return x * 2


print(decorated(21))

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print('IndexError passes through')


class Res:
    def __init__(self, n):
        self.n = n

    def close(self):
        print('closed', self.n)


with closing(Res(1)) as r:
    print('using', r.n)
with nullcontext(5) as v:
    print('null', v)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    stack.enter_context(tag('stacked'))
    print('stack body')


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)
