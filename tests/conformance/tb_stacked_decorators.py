# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: stacked decorators
def ok(f): return f
def bad(f): raise ValueError("bad")
@ok
@bad
@ok
def f(): pass
