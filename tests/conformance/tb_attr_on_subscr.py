# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: attr on subscr
x = [None]
x[0].foo
