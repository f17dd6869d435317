# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: setcomp
s = {1 % v for v in [1, 0]}
