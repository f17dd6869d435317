# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: percent err
s = "%s %s" % (1,)
