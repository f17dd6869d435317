# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: reraise nested
def f():
    return g()
def g():
    raise ValueError("deep")
try:
    f()
except ValueError as e:
    raise RuntimeError("wrap") from e
