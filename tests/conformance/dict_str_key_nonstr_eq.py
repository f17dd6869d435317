# A dict lookup by an exact str must find an equal key that is not an exact
# str (a str subclass instance, or an object whose __eq__/__hash__ match the
# str), and the other way round.


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


# str-subclass key, exact-str lookups
e = {S("a"): 1}
print(e.get("a"), "a" in e, e["a"])
e["a"] = 2
print(len(e), type(list(e)[0]).__name__, e["a"])
print(e.setdefault("a", 9), len(e))
e.update({"a": 3})
print(len(e), e[S("a")])
e.update(a=4)
print(len(e), e["a"])
print(e.pop("a"), len(e), "a" in e)
e[S("b")] = 5
del e["b"]
print(len(e))
try:
    e["zz"]
except KeyError as x:
    print("KeyError", x)

# exact-str key, str-subclass lookups
f = {"a": 1, "b": 2}
print(f[S("a")], S("b") in f, f.get(S("c"), "dflt"))
f[S("a")] = 10
print(len(f), type(list(f)[0]).__name__, f["a"])
del f[S("b")]
print(f)

# many keys (hashed table) and mixed kinds
g = {("k%d" % i): i for i in range(40)}
g[S("k5")] = "sub"
g[S("new")] = "n"
print(len(g), g["k5"], g["new"], "new" in g)
g["new"] = "n2"
print(len(g), g[S("new")])
print(g.pop("new"), "new" in g, len(g))
for i in range(40):
    assert g["k%d" % i] == ("sub" if i == 5 else i)
print("hashed ok")
