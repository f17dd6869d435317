# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: compare chain
a, b, c = 1, 2, "x"
print(a < b < c)
