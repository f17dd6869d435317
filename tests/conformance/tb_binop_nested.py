# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: binop nested
a, b, c = 1, 2, "s"
d = a * b + c * 2 - (a + c)
