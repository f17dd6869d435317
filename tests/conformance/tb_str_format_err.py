# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: str format err
s = "{} {}".format(1)
