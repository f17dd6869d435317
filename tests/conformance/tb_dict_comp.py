# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: dict comp
d = {k: 1 / k for k in range(3)}
