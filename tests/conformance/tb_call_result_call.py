# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: call result call
def g(): return None
v = g()()
