# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: pow op
x = None
y = 2 ** x
