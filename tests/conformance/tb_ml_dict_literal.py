# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ml dict literal
d = {
    "a": 1,
    "b": {}["x"],
}
