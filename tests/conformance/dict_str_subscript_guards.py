# d["k"] and d["k"] = v on dicts in loops whose guards fail mid-loop: the
# dict becomes a dict subclass, the key a str subclass or a non-str, the
# table gains a non-str key, a missing key, and mutation during iteration.


class D(dict):
    def __missing__(self, k):
        return "missing:" + k

    def __setitem__(self, k, v):
        dict.__setitem__(self, k, ("set", v))


class S(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, o):
        return str(self) == o


def run(objs, keys):
    out = []
    for d, k in zip(objs, keys):
        d[k] = len(out)
        out.append(d[k])
        out.append(d["j"] if "j" in d else d.get("j", "nj"))
    return out


base = {"j": 1, "k": 0}
print(run([base, base, D(j=5), base, base], ["k", "k", "k", S("k"), "k"]))
print(base)
print(run([base, base, base], ["k", 7, "k"]))
print(base, base[7])
t = {"a": 1}
t[S("b")] = 2
print(run([t, t], ["b", "b"]), t)
m = D()
for i in range(3):
    print(m["x%d" % i], end=" ")
print()
m["q"] = 1
print(m["q"])
e = {"a": 1}
for i in range(3):
    try:
        e["zz%d" % i]
    except KeyError as x:
        print("KeyError", x)
big = {"k%d" % i: i for i in range(50)}
tot = 0
for i in range(50):
    big["k%d" % i] = big["k%d" % i] * 2
    tot += big["k%d" % i]
print(tot, len(big))
try:
    for k in big:
        big["new"] = 1
except RuntimeError as x:
    print("RuntimeError", x)
c = {"a": 1}
for k in c:
    c["a"] = 2
print(c)
