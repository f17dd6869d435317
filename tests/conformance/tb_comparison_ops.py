# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: comparison ops
c = [1] < 1
