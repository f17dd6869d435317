# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ternary
a = None
b = a.x if a else a.y
