# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: hot float
def f():
    x = 1.0
    for i in range(3000):
        x = x / (2999 - i)
    return x
f()
