# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: star call
def f(a): return a
args = [1, 2]
f(*args)
