# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: global fn
def f():
    return g()
def g():
    return [][0]
f()
