# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: hot loop div
def f():
    t = 0
    for i in range(3000):
        t += 10 // (2500 - i)
    return t
f()
