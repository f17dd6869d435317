# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: while cond err
x = 0
while x < "a":
    x += 1
