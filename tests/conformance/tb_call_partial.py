# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: call partial
def g(): raise ValueError("no")
x = g()
