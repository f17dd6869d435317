# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: int parse in comp
xs = ["1", "x"]
ys = [int(x) for x in xs]
