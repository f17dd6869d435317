# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: mixed
x = [1, 2, 3]
y = x[1] + x[2] * x[10]
