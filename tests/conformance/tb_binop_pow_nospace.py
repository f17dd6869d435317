# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: binop pow nospace
c = 2**"a"
