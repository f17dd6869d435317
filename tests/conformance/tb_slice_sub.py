# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: slice sub
x = 5
y = x[1:2]
