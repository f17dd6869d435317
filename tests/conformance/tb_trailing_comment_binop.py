# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: trailing comment binop
a = 1
b = "b"
c = a + b  # add them
