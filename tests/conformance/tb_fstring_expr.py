# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: fstring expr
x = 0
s = f"{1 / x:.2f}"
