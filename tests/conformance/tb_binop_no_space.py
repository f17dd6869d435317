# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: binop no space
a = 1
b = "s"
c = a+b
