# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: mod zero
x = 0
c = 5 % x
