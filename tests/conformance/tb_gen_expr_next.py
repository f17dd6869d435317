# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: gen expr next
g = (1 / x for x in [0])
next(g)
