# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: exc in handler attr
try:
    int("x")
except ValueError as e:
    print(e.nope)
