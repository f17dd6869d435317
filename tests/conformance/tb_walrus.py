# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: walrus
if (n := len(5)) > 1:
    pass
