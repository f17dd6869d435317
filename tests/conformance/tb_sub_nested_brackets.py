# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: sub nested brackets
d = {}
y = d[[1][0]]
