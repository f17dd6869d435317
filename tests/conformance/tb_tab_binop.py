# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: tab binop
if 1:
	a = 1
	b = "x"
	c = a	+	b
