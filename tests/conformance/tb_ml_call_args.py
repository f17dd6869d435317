# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ml call args
def f(*a):
    return a[5]
f(1,
  2,
  3)
