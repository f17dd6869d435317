# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: indent deep
def f():
    if True:
        for i in range(1):
            while True:
                x = None
                x.deep
f()
