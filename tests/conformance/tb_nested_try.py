# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: nested try
try:
    try:
        1 / 0
    finally:
        print("fin")
except KeyError:
    pass
