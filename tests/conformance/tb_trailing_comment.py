# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: trailing comment
x = None
y = x.foo  # comment
