# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ml call in arg
def g(a): return a.x
def f(a, b): pass
f(1,
  g(2))
