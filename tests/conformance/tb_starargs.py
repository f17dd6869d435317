# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: starargs
def f(a, b): pass
f(*[1], **{"c": 2})
