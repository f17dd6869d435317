# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: progen like7
def f(a, b=2, *c, d, **e):
    return a
f(1)
