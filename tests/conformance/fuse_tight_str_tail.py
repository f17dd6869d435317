# `s = p + q` ending a for over a range: the str loop tail (add_s_loop_for),
# its deopt back to ints and floats, misses of the inline concatenation
# (long, non-ASCII, empty, subclass), a list instead of a range, and a
# collection due in the middle of the loop.


def concat_range(p, q, n):
    s = None
    for i in range(n):
        s = p + q
    return s


def mixed(vals, n):
    # The same site sees strs, then ints, then floats, then strs again.
    out = []
    for a, b in vals:
        r = None
        for i in range(n):
            r = a + b
        out.append(r)
    return out


def over(seq, p):
    s = ""
    for x in seq:
        s = p + x
    return s


class S(str):
    def __add__(self, other):
        return "S+" + str.__add__(self, other)


def many(n):
    keep = []
    for k in range(5):
        s = ""
        for i in range(n):
            s = "ab" + "cd"
        keep.append(s)
    return keep


def last_i(n):
    s = ""
    for i in range(n):
        s = "x" + "y"
    return i, s


print(concat_range("abc", "defg", 3000))
print(concat_range("", "", 3000) == "", concat_range("a", "", 3000))
print(concat_range("abcdefg", "hijklmn", 3000))
print(concat_range("abcdefgh", "ijklmnopq", 3000))
print(concat_range("é", "ab", 3000))
print(concat_range("x" * 40, "y", 3000)[-3:])
print(mixed([("ab", "c"), (1, 2), (1.5, 2.25), ("p", "q"), (2**70, 1), ("", "z")], 2000))
print(over(["a", "b", "c"] * 1000, "<"), over(("1", "2"), "="), over(range(0), "z"))
print(concat_range(S("a"), "b", 2000))
print(many(20000))
print(last_i(2500))
try:
    concat_range("a", 1, 2000)
except TypeError as e:
    print("TypeError", e)
print(concat_range(b"ab", b"cd", 2000), concat_range([1], [2], 2000), concat_range((1,), (2,), 2000))
