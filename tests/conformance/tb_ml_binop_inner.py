# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ml binop inner
a = 1
b = None
c = (a
     + b)
