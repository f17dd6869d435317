# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: sub tuple key
d = {}
y = d[1, 2]
