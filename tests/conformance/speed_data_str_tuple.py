# Inline str text / tuple items and the direct str + str path: edges.
class S(str):
    def __add__(self, other):
        return "S+" + str.__add__(self, other)
    def __radd__(self, other):
        return "radd:" + other

print("" + "", repr("" + ""), len("" + "a"), "a" + "")
print("héllo" + "wörld", len("héllo" + "wörld"), ("日本" + "語")[2], ("日本" + "語")[-1])
print("ascii" + "é", ("ascii" + "é").isascii(), ("é" + "x").upper())
print(S("a") + "b", "x" + S("y"), type(S("a") + S("b")))
s = ""
for i in range(300):
    s = s + chr(97 + i % 26) + "é"
print(len(s), s[:5], s[-3:], s[::-7][:10], s[-1:-10:-2], s.count("é"))
t = "a😀b"
print(t + t, len(t + t), (t + t)[3], (t + t)[::-1])
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError", e)
d = {}
for i in range(50):
    d["k" + str(i)] = i
print(sum(d["k" + str(i)] for i in range(50)), "k7" in d, ("k" + "7") in d)
big = "x" * 100000 + "y"
print(len(big + big), (big + "z")[-3:])

# tuples of every length, long ones, equality and hashing
for n in range(5):
    t = tuple(range(n))
    print(n, t, len(t), t == tuple(list(t)), hash(t) == hash(tuple(range(n))), t[::-1], t + t)
long = tuple(range(1000))
print(len(long), long[-1], long[500:503], sum(long), long.count(7), long.index(999))
print((), (1,) * 0, tuple([]))
print({(1, "a"): 1, (): 2, (1,): 3}[(1, "a")], sorted([(3,), (1, 2), (1,), ()]))
print(hash((1.0, 2)) == hash((1, 2)), (1.0, 2) == (1, 2))
nan = float("nan")
print((nan,) == (nan,), {(nan,): 1}.get((nan,)))
class T(tuple):
    pass
tt = T((1, 2, 3))
print(tt, type(tt).__name__, tt + (4,), len(tt), tt[1:], isinstance(tt, tuple))
a, b, *c = (1, 2, 3, 4, 5)
print(a, b, c)
nested = ((1, (2, (3, ()))),)
print(nested, repr(nested))
