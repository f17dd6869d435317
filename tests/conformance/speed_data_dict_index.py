# dict index table: sizes across table growth, deletions (tombstones), re-insertion, hash collisions
d = {}
for i in range(5000):
    d[i * 7919 % 5003] = i
print(len(d), d[2916], sum(d.values()) % 1000003)
for i in range(0, 5000, 3):
    del d[i * 7919 % 5003]
print(len(d), (7919 * 3) % 5003 in d, 2916 in d, 7919 in d)
for i in range(0, 5000, 6):
    d[i * 7919 % 5003] = -i
print(len(d), list(d.items())[-3:], list(d)[:3])
s = {}
for i in range(3000):
    s[str(i)] = i
for i in range(0, 3000, 2):
    s.pop(str(i))
print(len(s), s["2999"], "2" in s, list(s)[:4], s.get("100", "none"))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 42
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return f"K({self.v})"
c = {K(i): i for i in range(40)}
print(len(c), c[K(17)], K(40) in c, list(c)[-2:])
del c[K(3)]
c[K(3)] = "again"
print(list(c.items())[-1], len(c))
nan = float("nan")
m = {nan: 1, 1: "int", 2.0: "float", True: "bool?", 2**64: "big", float(2**64): "bigf"}
print(len(m), m[1], m[1.0], m[2], m[nan], nan in m, m[2**64])
h = {-1: "m1", -2: "m2", hash(-1): "h"}
print(h, {(1, 2): 1, (1, 2.0): 2})
e = {}
for r in range(3):
    for i in range(50):
        e[i] = r
    for i in range(50):
        del e[i]
print(e, len(e))
big = dict.fromkeys(range(20000), 0)
big.update((k, 1) for k in range(0, 20000, 2))
print(len(big), sum(big.values()), big.popitem(), len(big))
