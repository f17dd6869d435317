# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: nonascii before
s = "ñandú"; t = s.nope
