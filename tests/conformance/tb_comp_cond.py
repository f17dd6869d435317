# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: comp cond
r = [x for x in range(3) if 1 / (x - 1)]
