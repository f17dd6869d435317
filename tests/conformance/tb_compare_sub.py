# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: compare sub
x = [1]
v = x[0] < x[1]
