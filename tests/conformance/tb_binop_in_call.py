# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: binop in call
print(1 + None)
