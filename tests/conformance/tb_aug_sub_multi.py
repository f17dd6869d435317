# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: aug sub multi
d = {"k": [1]}
d["k"][5] += 1
