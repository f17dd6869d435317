# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: nonascii
s = "héllo wörld"
t = s + 1
