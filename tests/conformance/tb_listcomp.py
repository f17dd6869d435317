# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: listcomp
xs = [1, 0, 2]
ys = [10 // x for x in xs]
