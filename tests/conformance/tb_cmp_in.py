# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: cmp in
r = 1 in 5
