# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: subscript spaces
d = {}
v = d[ "k" ]
