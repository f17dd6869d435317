# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: kw call
def f(a): pass
f(b=1)
