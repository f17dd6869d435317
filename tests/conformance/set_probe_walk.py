class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 3
    def __eq__(self, o):
        global s
        if self.v == 7 and len(s) < 40:
            s.update(range(100, 140))   # resize during a comparison
        return isinstance(o, K) and o.v == self.v
s = set()
for i in range(10):
    s.add(K(i))
print(len(s), K(7) in s, K(70) in s)
t = set(range(-20, 20)); t -= set(range(0, 40, 3)); print(sorted(t)[:10], len(t))
for i in range(1000): t.add(i); t.discard(i - 5)
print(len(t), 994 in t, 3 in t, list(t)[:12])
u = {1.5, 2, "a", (1, 2), None, -1, -2}
print(-1 in u, -2 in u, (1, 2) in u, 2.0 in u, len(u))
print({x for x in range(50) if x % 7 == 0} ^ {0, 1, 2})
