# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: assert no msg
assert 1 == 2
