# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: lambda nested
f = lambda x: (lambda y: y.z)(x)
f(1)
