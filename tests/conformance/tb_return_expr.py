# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: return expr
def f(x):
    return x[0] + x[1]
f([1])
