# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: progen like1
def f0(a, b):
    if a > b:
        return a - b
    return [a, b][a * 3]
v0 = 0
for i0 in range(5):
    v0 = v0 + f0(i0, 2)
print(v0)
