# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: len err
n = len(5) + 1
