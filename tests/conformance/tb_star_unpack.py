# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: star unpack
a, *b = 5
