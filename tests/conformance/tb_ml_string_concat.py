# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ml string concat
x = ("abc"
     "def" + 1)
