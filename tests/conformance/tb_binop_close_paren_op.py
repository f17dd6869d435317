# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: binop close paren op
a = [1]
b = "s"
c = (a[0])+(b)
