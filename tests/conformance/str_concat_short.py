# Short ASCII str concatenation (the inline path of `p + q`) at every length
# pair around the word boundaries, non-ASCII and empty operands, += in loops,
# results used as dict keys, compared, hashed, sliced and collected.


alpha = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ"
parts = [alpha[:k] for k in range(0, 19)]
seen = {}
total = 0
for a in parts:
    for b in parts:
        s = a + b
        assert len(s) == len(a) + len(b), (a, b, s)
        assert s == alpha[:len(a)] + alpha[:len(b)]
        assert s[:len(a)] == a and s[len(a):] == b
        seen[s] = seen.get(s, 0) + 1
        total += len(s)
print(total, len(seen))
print(sorted(seen.items())[:5])
print(hash("ab" + "cd") == hash("abcd"), ("ab" + "cd") == "abcd", "abcd" in {"a" + "bcd": 1})

# non-ASCII and mixed operands
for a in ["é", "ab", "日本", "x" * 8, ""]:
    for b in ["ü", "cd", "", "y" * 9, "語"]:
        s = a + b
        print(repr(s), len(s), s.isascii(), s.upper())

# += builds strings past the short range; the short path must hand off
s = ""
for i in range(40):
    s += chr(97 + i % 26)
    if i % 8 == 7:
        print(len(s), s)

# many short results live at once across collections
keep = []
for i in range(20000):
    p = str(i % 97)
    q = "k" + str(i % 13)
    r = p + q
    if i % 1000 == 0:
        keep.append(r)
junk = [str(i) + "x" for i in range(100000)]
print(keep)
print([x + y for x, y in zip(keep, reversed(keep))])

# str subclass and non-str operands still take the general path
class S(str):
    def __add__(self, other):
        return "S(" + str.__add__(self, other) + ")"
print(S("ab") + "cd", "ab" + S("cd"))
try:
    "ab" + 1
except TypeError as e:
    print("TypeError:", e)
def f(x, y):
    return x + y
print(f("ab", "cd"), f(1, 2), f("abcdefgh", "ijklmnop"), f([1], [2]), f("a", "b"))
