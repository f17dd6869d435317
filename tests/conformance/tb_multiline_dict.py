# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: multiline dict
d = {}
v = d[
    "missing"
]
