# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: call noncallable
x = 5
x()
