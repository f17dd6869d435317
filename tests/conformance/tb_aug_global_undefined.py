# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: aug global undefined
zz += 1
