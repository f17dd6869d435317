# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: binop matmul
c = 1 @ 2
