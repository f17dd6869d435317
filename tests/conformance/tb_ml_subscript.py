# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ml subscript
x = {}
y = x["a"][
    "b"]
