# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: progen like2
def f1(xs):
    out = {}
    for k in xs:
        out[k % 3] = out.get(k % 3, 0) + k
    return out[5]
try:
    f1([1, 2, 3])
except KeyError as e:
    print("caught", e)
f1([4])
