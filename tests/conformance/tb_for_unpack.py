# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: for unpack
for a, b in [1, 2]:
    pass
