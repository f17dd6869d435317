# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: slice step zero
x = [1, 2]
print(x[::0])
