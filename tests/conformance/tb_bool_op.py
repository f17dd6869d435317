# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: bool op
a = None
b = a and a.x or a.y
