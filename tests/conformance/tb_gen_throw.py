# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: gen throw
def g():
    x = yield 1
    yield x.a
it = g()
next(it)
it.send(None)
