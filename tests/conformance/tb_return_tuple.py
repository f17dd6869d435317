# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: return tuple
def f():
    return 1, 2 / 0
f()
