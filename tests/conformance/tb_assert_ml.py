# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: assert ml
assert (1 ==
        2), "m"
