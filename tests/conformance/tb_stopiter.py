# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: stopiter
it = iter([])
next(it)
