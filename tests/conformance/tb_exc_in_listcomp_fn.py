# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: exc in listcomp fn
def f(xs):
    return [x.y for x in xs]
f([1])
