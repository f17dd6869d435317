# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: semicolon err2
x = 1; y = 0; z = x / y
