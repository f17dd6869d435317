# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: raise from
try:
    1/0
except ZeroDivisionError as e:
    raise ValueError("x") from e
