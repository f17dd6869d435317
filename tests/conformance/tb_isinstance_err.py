# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: isinstance err
isinstance(1, 5)
