# Set lookups through the probe sequence: identical keys, equal hashes of different
# objects (==), dummies left by removal, linear probes in big tables, and __eq__ that
# mutates the set during a lookup.
s = {0, 1, 2, 3}
print(9 in s, 1 in s, 1.0 in s, True in s, 2 ** 70 in s, -1 in s)
t = {-1, -2}
print(-1 in t, -2 in t, sorted(t), hash(-1) == hash(-2))
t.discard(-1)
print(-1 in t, -2 in t, t)
words = {"ab" + str(i) for i in range(20)}
print("ab7" in words, "".join(["a", "b", "7"]) in words, "ab20" in words)
big = set(range(0, 4000, 3))
print(sum(1 for k in range(4000) if k in big), len(big))
for k in range(0, 4000, 6):
    big.discard(k)
print(sum(1 for k in range(4000) if k in big), len(big), 3 in big, 6 in big)
m = {8 * k for k in range(40)}
print(list(m)[:10], 64 in m, 65 in m, 8 * 39 in m)
m.add(-8)
m.discard(0)
m.add(0)
print(list(m)[:6], 0 in m, -8 in m)


class K:
    def __init__(self, h, tag):
        self.h = h
        self.tag = tag

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, K) and self.tag == other.tag


ks = {K(5, "a"), K(5, "b"), K(13, "c")}
print(K(5, "a") in ks, K(5, "b") in ks, K(5, "z") in ks, K(13, "c") in ks, K(21, "c") in ks)


class Mut:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.s.clear()
        self.s.update(range(100))
        return False


box = set()
box.add(Mut(box))
print(Mut(box) in box, len(box))
fz = frozenset({1, 2})
print({1, 2} in {fz}, frozenset() in {frozenset()}, len({1, 1.0, True}))
try:
    [] in s
except TypeError as e:
    print("TypeError", e)
