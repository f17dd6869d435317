# str equality compares short texts inline and rejects on cached hashes;
# str hashes read the tail bytes without a copy: edges against CPython.
class S(str):
    pass

class K:
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return hash(self.s)
    def __eq__(self, o):
        return self.s == (o.s if isinstance(o, K) else o)

words = ["", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "abcdefghi",
         "abcdefghijklmno", "abcdefghijklmnop", "abcdefghijklmnopq", "é", "éa", "aé", "€uro", "日本語", "x" * 40]
for w in words:
    v = w[:-1] + "Z" if w else "Z"
    h = "".join(list(w))          # equal text, different object
    print(repr(w)[:20], w == h, h == w, w == v, w != v, w == S(w), S(w) == w, hash(w) == hash(h), hash(w) == hash(S(w)))
d = {}
for i, w in enumerate(words):
    d[w] = i
print([d["".join(list(w))] for w in words])
print(all(d[S(w)] == i for i, w in enumerate(words)), d.get("abcdefgX"), d.get("abcdefghijklmnoX"))
d[K("abc")] = "k"
print(d["abc"], d[K("abc")], K("abcd") in d, "abcd" in d)
s = set(words)
print(len(s), "abcdefgh" in s, "abcdefgH" in s, S("é") in s, "ab" + "cd" in s)
a = "abcdefghij" * 3
b = "abcdefghij" * 2 + "abcdefghiJ"
print(a == b, a[:-1] == b[:-1], hash(a) == hash(b), a < b, a > b, sorted([b, a]) == [b, a])
print({"1234567": 1}.get(str(1234567)), {str(i): i for i in range(20)}["17"], "8" in {str(i) for i in range(10)})
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
for v in [0, 1, -1, -2, True, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 63 - 1, -(2 ** 63), 2 ** 63, 2 ** 64 + 5, -(2 ** 70)]:
    print(v, hash(H(v)), hash(H(v)) == hash(v))
