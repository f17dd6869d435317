# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: attr on call
def g(): return None
g().foo
