# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: progen like6
vals = [3, 1, 2]
vals.sort()
t = tuple(vals)
print(t)
t.append(4)
