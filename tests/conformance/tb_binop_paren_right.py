# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: binop paren right
a = None
c = 2 * (a + 1)
