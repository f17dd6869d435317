# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: augassign
x = 1
x += "a"
