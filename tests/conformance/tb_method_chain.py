# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: method chain
s = "abc"
r = s.upper().lower().nothing()
