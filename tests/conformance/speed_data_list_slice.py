for src in ([9, 8], (7,), [], [1, 2, 3, 4, 5], (6, 5, 4, 3, 2, 1, 0)):
    for sl in [slice(None), slice(1, 3), slice(3, 1), slice(-2, None), slice(None, None, -1), slice(0, None, 2), slice(5, 0, -2), slice(10, 20), slice(-100, 2)]:
        a = list(range(6))
        try:
            a[sl] = src
            print(sl, src, a)
        except ValueError as e:
            print(sl, src, "VE", e)
a = [1, 2, 3]
a[1:2] = a
print(a)
a[::-1] = a
print(a)
a[:] = (x for x in "ab")
print(a)
class Ix:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
b = list(range(10))
b[Ix(2):Ix(5)] = [0, 0, 0]
print(b, b[Ix(1):Ix(8):Ix(3)], b[2**70:], b[-2**70:2], b[::2**70])
c = list(range(5)); c[1:3] = "xyz"; print(c)
t = (1, 2, 3); print(t[::-1], t[1:], t[:], t[:] is t, t[5:], [1, 2, 3][::-1][:-1])
try:
    b[::0]
except ValueError as e:
    print(e)
print([1, 2, 3][True:], "abc"[False:True], [1, 2, 3][::-1][::-2], list(range(10))[8:2:-3], list(range(10))[-1:-11:-1], (1, 2)[::-1])
