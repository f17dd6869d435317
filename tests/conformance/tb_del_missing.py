# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: del missing
d = {}
del d["x"]
