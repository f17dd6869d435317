# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: raise in finally
try:
    pass
finally:
    raise ValueError("f")
