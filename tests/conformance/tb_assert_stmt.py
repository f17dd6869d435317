# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: assert stmt
x = 1
assert x == 2, "nope"
