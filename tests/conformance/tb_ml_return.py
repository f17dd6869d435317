# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ml return
def f():
    return (1 +
            None)
f()
