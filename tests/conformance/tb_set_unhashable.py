# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: set unhashable
s = {1, [2]}
