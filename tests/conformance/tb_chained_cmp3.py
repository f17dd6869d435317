# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: chained cmp3
a, b, c, d = 1, 2, 3, "x"
r = a < b < c < d
