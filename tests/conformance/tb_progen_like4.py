# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: progen like4
x = 10 ** 30
y = [x, x + 1]
z = y[0] // (y[1] - y[0] - 1)
