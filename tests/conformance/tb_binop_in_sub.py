# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: binop in sub
x = [1, 2]
i = 1
v = x[i + 5]
