# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: int conv2
v = int("abc") + 1
