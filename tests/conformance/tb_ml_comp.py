# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ml comp
r = [
    1 / x
    for x in [0]
]
