# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: binop lshift nospace
c = 1<<"a"
