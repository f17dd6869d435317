# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: nested calls
def a(): return b()
def b(): return c()
def c(): return 1 / 0
a()
