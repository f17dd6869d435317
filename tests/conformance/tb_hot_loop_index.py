# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: hot loop index
def f(xs):
    s = 0
    i = 0
    while True:
        s += xs[i]
        i += 1
f(list(range(5000)))
