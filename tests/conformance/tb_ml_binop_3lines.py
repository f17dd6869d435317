# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ml binop 3lines
a = 1
b = 2
c = None
r = (a +
     b +
     c)
