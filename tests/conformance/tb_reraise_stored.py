# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: reraise stored
try:
    1 / 0
except ZeroDivisionError as e:
    err = e
raise err
