# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: nested comp
m = [[1, 0], [2]]
r = [[1 // v for v in row] for row in m]
