# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: call whole
def g(): raise ValueError("no")
g()
