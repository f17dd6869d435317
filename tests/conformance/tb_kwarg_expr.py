# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: kwarg expr
def f(**k): pass
f(a=1 / 0)
