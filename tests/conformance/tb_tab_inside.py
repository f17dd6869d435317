# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: tab inside
x = None
y =	x.q
