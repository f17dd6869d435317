# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: binop floordiv nospace
a = 1
b = "s"
c = a//b
