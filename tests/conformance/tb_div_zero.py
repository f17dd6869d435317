# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: div zero
x = 0
y = 10 / x
