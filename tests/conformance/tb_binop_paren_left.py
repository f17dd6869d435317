# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: binop paren left
a = 1
b = "s"
c = (a + 1) * b - (a)
