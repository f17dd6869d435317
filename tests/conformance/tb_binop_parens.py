# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: binop parens
a, b = 1, None
x = (a) + (b)
