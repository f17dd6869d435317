# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ml if cond
x = None
if (x.a and
        x.b):
    pass
