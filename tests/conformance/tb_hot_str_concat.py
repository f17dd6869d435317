# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: hot str concat
def f():
    s = ""
    for i in range(3000):
        s = s + (str(i) if i < 2999 else i)
    return s
f()
