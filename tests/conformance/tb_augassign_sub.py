# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: augassign sub
d = {}
d["k"] += 1
