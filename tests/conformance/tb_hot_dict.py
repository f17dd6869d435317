# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: hot dict
def f():
    d = {i: i for i in range(2000)}
    s = 0
    for i in range(3000):
        s += d[i]
    return s
f()
