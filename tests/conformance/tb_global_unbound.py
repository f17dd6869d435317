# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: global unbound
def f():
    print(v)
    v = 1
f()
