# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: chained
try:
    {}["k"]
except KeyError:
    x = None
    x.foo
