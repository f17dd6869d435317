# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: attr chain
def f(x): return x.y.z
f(1)
