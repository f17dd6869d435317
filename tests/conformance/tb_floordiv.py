# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: floordiv
x = 0
print(1, 10 // x, 2)
