# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ml sub key
d = {}
r = d[
  "a"
  ]
