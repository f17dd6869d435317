# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: if cond err
x = None
if x > 1:
    pass
