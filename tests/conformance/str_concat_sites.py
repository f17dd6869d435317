# `+` / `+=` sites on strs that the short inline path does not take
# (operands of 8 bytes or more, non-ASCII, empty, interned), sites that change
# from short to long operands and back, loop tails over a range, and sites
# that then meet ints, floats, lists or a str subclass.


def loop_short_then_long(n):
    out = []
    for i in range(n):
        p = "ab" if i < 3 else "abcdefgh" * (i % 3 + 1)
        q = "cd" if i % 2 else "é"
        out.append(p + q)
    return out


def tail_long(p, q, n):
    s = ""
    for i in range(n):
        s = p + q
    return s


def tail_mixed(vals, n):
    s = None
    for i in range(n):
        s = vals[i % len(vals)][0] + vals[i % len(vals)][1]
    return s


def grow(n):
    s = ""
    for i in range(n):
        s = s + chr(97 + i % 26)
    return s


def grow_inplace(n):
    s = ""
    for i in range(n):
        s += chr(65 + i % 26)
        if i % 7 == 0:
            s += "é"
    return s


class S(str):
    pass


def site(a, b):
    return a + b


def site_inplace(a, b):
    a += b
    return a


print(loop_short_then_long(8))
print(tail_long("x" * 8, "y" * 8, 500), tail_long("x" * 30, "y" * 30, 500), tail_long("é", "ab", 500))
print(tail_long("", "", 3) == "", tail_long("abc", "", 3), tail_long("", "defgh", 3))
print(tail_mixed([("abc", "defg"), ("abcdefghij", "k"), ("ñ", "o")], 9), tail_mixed([("abc", "defg")] * 50 + [("abcdefghij", "k")] * 50 + [("ñ", "o")], 2000))
g = grow(1000)
print(len(g), g[:30], g[-5:])
gi = grow_inplace(60)
print(len(gi), gi[:20], gi[-8:])
# one site: short, long, short, non-ASCII, then other types
for a, b in [("a", "b"), ("abcdefgh", "ijklmnopq"), ("c", "d"), ("ü", "v"), ("w", "x" * 40), (1, 2), (1.5, 2), ([1], [2]), ("s", "t")]:
    print(repr(site(a, b)), end=" ")
print()
for a, b in [("a", "b"), ("abcdefgh", "ijklmnopq"), ("c", "d"), ("ü", "v"), (3, 4), ("e", "f"), ((1,), (2,))]:
    print(repr(site_inplace(a, b)), end=" ")
print()
r = site(S("sub"), "x")
print(type(r).__name__, r, type(site("abcdefghij", S("k"))).__name__)
try:
    site("abcdefghij", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    site_inplace("abcdefghij", None)
except TypeError as e:
    print("TypeError:", e)
