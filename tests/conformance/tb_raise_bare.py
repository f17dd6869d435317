# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: raise bare
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
f()
