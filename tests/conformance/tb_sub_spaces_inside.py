# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: sub spaces inside
x = []
y = x [ 0 ]
