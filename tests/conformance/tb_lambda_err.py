# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: lambda err
f = lambda x: x + "a"
f(1)
