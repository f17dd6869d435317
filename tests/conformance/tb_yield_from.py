# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: yield from
def g():
    yield from 5
list(g())
