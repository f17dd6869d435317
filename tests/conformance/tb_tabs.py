# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: tabs
def f():
	x = None
	return x.y
f()
