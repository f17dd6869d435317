# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: with missing enter
with 5:
    pass
