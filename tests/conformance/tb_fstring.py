# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: fstring
x = None
s = f"val {x.attr} end"
