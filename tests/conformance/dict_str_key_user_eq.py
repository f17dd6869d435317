# A dict/set/globals/attribute lookup by an exact str finds an equal key of a
# user class or str subclass (and the reverse), with comprehensions and clear().


class S(str):
    pass


class K:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, o):
        return o == self.s

    def __repr__(self):
        return "K(%r)" % self.s


def show(label, d):
    print(label, sorted((type(k).__name__, str(k) if not isinstance(k, K) else k.s, v) for k, v in d.items()))


# user class equal to a str
h = {K("x"): 1}
print("x" in h, h.get("x"), h["x"])
h["x"] = 2
print(len(h), h)
print(h.setdefault("x", 7), h.pop("x"), len(h))
h2 = {"y": 1}
print(K("y") in h2, h2[K("y")])
h2[K("y")] = 3
print(len(h2), h2)

# dict comprehension mixing both kinds
c = {k: i for i, k in enumerate([S("p"), "p", "q", S("q"), K("p")])}
print(len(c), c["p"], c["q"])
show("c", c)

# dict built from str keys, then a non-str key added later, then str lookups
m = dict.fromkeys("abc", 0)
m[S("d")] = 1
print(m.get("d"), "d" in m, m["d"])
m["d"] += 1
print(m["d"], len(m))
m.clear()
m["d"] = 5
print(m, "d" in m)

# sets share the behaviour
s = {S("a")}
print("a" in s, len(s))
s.add("a")
print(len(s))
s.discard("a")
print(len(s))
s2 = {"a", "b"}
print(S("a") in s2, K("b") in s2)

# globals and attribute dicts holding a str-subclass key
globals()[S("gv")] = 11
print(gv)
gv = 12
print(gv, sum(1 for k in globals() if k == "gv"))


class O:
    pass


o = O()
o.__dict__[S("at")] = 21
print(o.at)
o.at = 22
print(o.at, len(o.__dict__))
