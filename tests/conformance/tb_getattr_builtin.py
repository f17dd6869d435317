# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: getattr builtin
getattr(1, "zz")
