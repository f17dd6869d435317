# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: multi stmt line
a = 1; b = a.x
