# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: bool chain call
def f(): raise ValueError()
x = 1 and f()
