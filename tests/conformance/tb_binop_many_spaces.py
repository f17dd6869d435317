# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: binop many spaces
a = 1
c = a     +     "b"
