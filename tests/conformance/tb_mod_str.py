# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: mod str
x = "%d" % "s"
