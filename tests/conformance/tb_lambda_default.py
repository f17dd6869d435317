# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: lambda default
f = lambda a, b=1 / 0: a
