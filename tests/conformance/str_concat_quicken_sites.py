# `a + b` / `a += b` sites quickened after two exact strs (one-allocation
# concatenation first): the same site then meets ints, floats, lists (+=
# mutates), tuples, str subclasses, user classes with __add__/__radd__,
# str + int errors, empty and multi-byte texts, in loops hot and cold.


class S(str):
    def __add__(self, o):
        return "S+" + str.__add__(self, o)


class R:
    def __radd__(self, o):
        return "R.radd(%r)" % (o,)


def add(pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(a + b)
        except TypeError as e:
            out.append("TypeError: %s" % e)
    return out


def iadd(pairs):
    out = []
    for a, b in pairs:
        try:
            a += b
            out.append(a)
        except TypeError as e:
            out.append("TypeError: %s" % e)
    return out


pairs = [("ab", "c"), ("", ""), ("x", ""), ("", "y"), ("héllo", "wörld"), ("a" * 9, "b" * 9),
         (1, 2), (1.5, 2), ("s", 1), (1, "s"), ([1], [2]), ((1,), (2,)), (S("p"), "q"),
         ("p", S("q")), ("p", R()), ("abc", "defg"), ("€", "$"), (b"x", b"y"), ("a", "b")]
print(add(pairs))
print(iadd(pairs))

lst = [0]
alias = lst
for v in iadd([("a", "b"), (lst, [1]), ("c", "d")]):
    print(v)
print(alias, alias is lst)


def hot(n, a, b):
    s = ""
    for i in range(n):
        s = a + b
    return s


def hot_iadd(n, a):
    s = a[:0]
    for i in range(n):
        s += a
    return len(s), s[:12]


print(hot(3000, "abc", "defg"), hot(3000, 1, 2), hot(3000, "x", "yz"), hot(3000, [1], [2]))
print(hot_iadd(3000, "ab"), hot_iadd(3000, [1, 2]), hot_iadd(3000, "é"), hot_iadd(3000, (1,)))
try:
    hot(5, "a", 5)
except TypeError as e:
    print("TypeError:", e)
words = ["alpha", "beta", "", "gamma", "δ", "x" * 20]
acc = ""
for w in words * 3:
    acc = acc + w + ","
print(acc, len(acc))
