# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: binop sub both
x = [1]
v = x[0] + x[1]
