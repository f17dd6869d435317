# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: compare
print(1 < "x")
