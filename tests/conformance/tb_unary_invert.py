# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: unary invert
r = ~1.5
