# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: slice assign
x = 5
x[1:2] = [1]
