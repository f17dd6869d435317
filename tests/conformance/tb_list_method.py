# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: list method
x = [1, 2]
x.remove(3)
