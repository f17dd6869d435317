# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: tabs mixed
if True:
	x = {}
	y = x["q"]
