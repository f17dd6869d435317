# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ml list literal
xs = [
    1,
    2 / 0,
    3,
]
