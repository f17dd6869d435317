# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: sub slice expr
x = 5
y = x[1:2, 3]
