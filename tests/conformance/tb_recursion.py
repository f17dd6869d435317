# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: recursion
def f(n): return f(n + 1)
f(0)
