# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: generator
def g():
    yield 1
    raise ValueError("g")
for v in g():
    pass
