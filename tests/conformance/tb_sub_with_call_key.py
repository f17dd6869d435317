# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: sub with call key
def k(): return "q"
d = {}
d[k()]
