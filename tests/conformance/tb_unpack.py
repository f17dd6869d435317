# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: unpack
a, b = [1, 2, 3]
