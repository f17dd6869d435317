# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: setattr
x = 1
x.y = 2
