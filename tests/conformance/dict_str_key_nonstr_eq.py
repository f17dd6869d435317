# A dict lookup by an exact str must find an equal str-subclass key, and the
# other way round (small and hashed tables; user classes: dict_str_key_user_eq).


class S(str):
    pass


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
