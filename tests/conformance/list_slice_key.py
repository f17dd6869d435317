# Subscripts whose key is a slice built from variables (BuildSlice fused
# with the GetItem / SetItem after it when the slice is dead afterwards):
# results, errors and the slice objects user code sees.


class Rec:
    def __getitem__(self, k):
        return ("get", k.start, k.stop, k.step)

    def __setitem__(self, k, v):
        print("set", k.start, k.stop, k.step, v)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class L(list):
    def __getitem__(self, k):
        return ("L", list.__getitem__(self, k))


def gets(seq, i, j, k):
    out = []
    out.append(seq[i:j])
    out.append(seq[i:j:k])
    out.append(seq[j:i:-k])
    out.append(seq[i:])
    out.append(seq[:j])
    out.append(seq[i::k])
    return out


def sets(n, i, j, k):
    a = list(range(n))
    a[i:j] = ["x", "y"]
    b = list(range(n))
    b[i:j] = (7,)
    c = list(range(n))
    c[i:j] = []
    d = list(range(n))
    try:
        d[i:j:k] = ["z"] * len(range(n)[i:j:k])
    except ValueError as e:
        print("ValueError", e)
    e = list(range(n))
    e[i:j] = e
    f = list(range(n))
    f[i:j] = "ab"
    return a, b, c, d, e, f


for seq in [list(range(10)), tuple(range(10)), "abcdefghij", "äbcdéfghïj", [], (), ""]:
    for (i, j, k) in [(2, 7, 2), (-3, None, 1), (None, -2, 3), (100, -100, 1), (-100, 100, 4), (0, 0, 1), (True, 5, True)]:
        print(gets(seq, i, j, k))

for (i, j, k) in [(1, 4, 2), (-2, None, 1), (None, 3, -1), (5, 1, -2), (0, 10, 3), (20, 30, 1)]:
    print(sets(8, i, j, k))

# Bounds that are not small ints: big ints, __index__, bad types.
big = 10 ** 30
xs = list(range(6))
print(xs[-big:big], xs[big:], xs[Idx(1):Idx(4)], xs[::Idx(2)])
ys = list(range(6))
ys[Idx(1):Idx(3)] = [9]
print(ys)
for bad in ["a", 1.5, [1]]:
    try:
        print(xs[bad:2])
    except TypeError as e:
        print("TypeError", e)
    try:
        xs[1:bad] = [0]
    except TypeError as e:
        print("TypeError", e)
zero = 0
try:
    print(xs[1:4:zero])
except ValueError as e:
    print("ValueError", e)
try:
    xs[1:4:zero] = []
except ValueError as e:
    print("ValueError", e)

# Not a list / tuple / str: the real slice object reaches the type.
lo, hi = 1, 3
print(Rec()[lo:hi], Rec()[lo:hi:2], L([1, 2, 3, 4])[lo:hi])
Rec()[lo:hi] = 5
print(range(10)[lo:hi], b"abcdef"[lo:hi])
try:
    print({}[lo:hi])
except TypeError as e:
    print("TypeError", e)
try:
    t = (1, 2, 3)
    t[lo:hi] = [1]
except TypeError as e:
    print("TypeError", e)
try:
    xs[lo:hi] = 5
except TypeError as e:
    print("TypeError", e)

# The slice is read twice: augmented assignment, and a slice kept in a name.
zs = list(range(6))
zs[lo:hi] += [7, 8]
print(zs)
zs[lo:hi] *= 2
print(zs)
s = slice(lo, hi)
print(zs[s], zs[lo:hi], s)

# In loops, generators and try blocks (the slice register is reused).
def flips(perm):
    n = 0
    k = perm[0]
    while k != 0:
        perm[:k + 1] = perm[k::-1]
        n += 1
        k = perm[0]
    return n, perm


print(flips([3, 1, 4, 0, 2]), flips([2, 0, 1]))


def windows(s, w):
    for i in range(len(s) - w + 1):
        yield s[i:i + w]


print(list(windows("abcdef", 3)), list(windows([1, 2, 3, 4], 2)))


def guarded(a, i, j):
    try:
        r = a[i:j]
    except TypeError as e:
        r = "TypeError " + str(e)
    return r


print(guarded([1, 2, 3], 1, 2), guarded(5, 1, 2), guarded("xyz", None, -1))

# Constant slices (one shared slice object in the code's constants).
print([1, 2, 3][1:], "abc"[::-1], (1, 2, 3)[:-1], "äbcd"[1:], [1, 2, 3, 4][::2], (1, 2)[:], "xyz"[5:], Rec()[1:])
cs = [[1, 2, 3], (4, 5, 6), "789", range(3), b"ab"]
print([c[1:] for c in cs], [c[::-1] for c in cs])
