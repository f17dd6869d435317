# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: comp nested iter
r = [y for x in [1] for y in x]
