# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: emoji
x = "😀😀"; y = x + 1
