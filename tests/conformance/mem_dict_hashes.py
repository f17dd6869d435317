# dict entries without a stored hash while every key is an exact str; the
# side array of hashes once another key arrives (ints, tuples, floats, a str
# subclass, user objects), across deletions, compaction, popitem, copy, update,
# equality, set operations with dict operands and views.


class S(str):
    pass


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 7

    def __eq__(self, o):
        return isinstance(o, K) and o.n == self.n

    def __repr__(self):
        return "K(%d)" % self.n


def show(d):
    print(len(d), list(d.items())[:6], list(d.items())[-3:])


# small table (linear scan), then indexed, str keys only
d = {}
for i in range(40):
    d["k" + str(i)] = i
    if i == 10:
        show(d)
show(d)
print("k3" in d, "k40" in d, d.get("k39"), d.get("nope", -1))

# deletions leave tombstones, then growth compacts them
for i in range(0, 40, 3):
    del d["k" + str(i)]
show(d)
for i in range(40, 120):
    d["k" + str(i)] = i
show(d)
print(sum(d.values()), len(d))

# a non-str key switches the table to stored hashes (old entries included)
d[5] = "five"
d[(1, 2)] = "pair"
d[2.5] = "float"
d[S("k41")] = "subclass replaces the equal str key"
d[K(3)] = "k3"
d[K(10)] = "k10"
show(d)
print(d[5], d[(1, 2)], d[2.5], d["k41"], d[K(3)], d[K(10)], d.get(K(17)))
print(d[5.0], d.get(True), d.get(1))
for k in ["k1", 5, (1, 2), K(3)]:
    del d[k]
show(d)
for i in range(200, 260):
    d[i] = i * i
show(d)
print(d.popitem(), d.popitem(), len(d))

# small tables with mixed keys: remove shifts entries (and their hashes)
m = {"a": 1, 2: "b", "c": 3, (4,): "d", "e": 5}
del m["a"]
del m[(4,)]
m["f"] = 6
m[7] = "g"
print(m, m.popitem(), m)
print(m.pop(2), m.pop("c"), m)
m.clear()
m["x"] = 1
print(m, "x" in m, 2 in m)

# copies, updates, equality, constructors
a = {str(i): i for i in range(30)}
b = a.copy()
b[1] = "one"
c = dict(b)
c.update(a)
c.update({3: 3, "z": 26})
print(a == b, b == c, len(c), c[1], c[3], c["z"])
e = {}
e.update(b)
print(e == b, list(e)[-2:])
del b[1]
print(a == b, b == a)

# set operations with a dict operand use the entries' hashes
s = {"0", "1", 1, 99}
print(sorted(map(str, s - a.keys())), sorted(map(str, s & set(b))))
s.update({1: 0, "5": 0, (9,): 0})
print(sorted(map(str, s)))
s.symmetric_difference_update({"0": 1, 2: 2})
print(sorted(map(str, s)))
print(sorted(map(str, {"a", 3}.difference({3: 1}))))

# views compare by hash lookups
x = {"p": 1, 2: 2, "q": 3}
y = {2: 0, "q": 0, "p": 0}
print(x.keys() == y.keys(), sorted(map(str, x.keys() - {"p"})), x.items() & {("q", 3), (2, 2)} == {("q", 3), (2, 2)})

# str keys built at run time find interned ones and vice versa
g = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    g[w] = g.get(w, 0) + 1
print(g["the"], g["".join(["t", "h", "e"])], sorted(g.items())[:3])

# hashes of str subclass keys equal to str keys
t = {S("a"): 1, "b": 2}
print(t["a"], t[S("b")], "a" in t, S("c") in t, list(t))

# many deletions and reinsertions in a mixed table
h = {}
for i in range(500):
    h[i if i % 2 else str(i)] = i
for i in range(0, 500, 5):
    del h[i if i % 2 else str(i)]
for i in range(500, 700):
    h[str(i)] = i
print(len(h), sum(h.values()), h["698"], h.get(3), h.get("4"), h.get(4))
