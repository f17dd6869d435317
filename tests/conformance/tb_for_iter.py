# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: for iter
for x in 5:
    pass
