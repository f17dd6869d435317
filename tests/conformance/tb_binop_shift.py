# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: binop shift
c = 1 << "a"
