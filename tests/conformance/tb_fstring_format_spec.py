# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: fstring format spec
v = "s"
r = f"{v:d}"
