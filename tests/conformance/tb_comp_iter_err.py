# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: comp iter err
r = [x for x in 5]
