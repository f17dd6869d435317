# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ml method chain
s = "abc"
r = (s
     .upper()
     .nothing())
