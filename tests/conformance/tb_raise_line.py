# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: raise line
def f():
    raise ValueError("bad")
f()
