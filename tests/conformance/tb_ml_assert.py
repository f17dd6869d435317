# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ml assert
x = 1
assert (x ==
        2)
