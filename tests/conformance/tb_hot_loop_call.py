# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: hot loop call
def g(i):
    return 100 % (2000 - i)
def f():
    for i in range(2500):
        g(i)
f()
