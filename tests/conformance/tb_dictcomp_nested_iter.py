# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: dictcomp nested iter
r = {y: 1 for x in [1, 2] for y in x}
