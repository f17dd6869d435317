# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: exc in except
try:
    raise KeyError("a")
except KeyError:
    raise ValueError("b")
