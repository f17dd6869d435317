# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: deep sub
x = [[[1]]]
y = x[0][0][9]
