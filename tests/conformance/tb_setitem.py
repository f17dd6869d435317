# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: setitem
t = (1, 2)
t[0] = 5
