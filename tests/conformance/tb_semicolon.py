# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: semicolon
x = 1; y = x.foo; z = 2
