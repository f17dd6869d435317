# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: sub of sub
m = [[1]]
m[0][5]
