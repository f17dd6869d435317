# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: fstring multi
a = 1
b = None
r = f"{a} {b.c} {a}"
