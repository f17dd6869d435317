# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: binop pow neg
c = 0 ** -1
