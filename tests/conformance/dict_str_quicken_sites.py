# d["k"] sites quickened to their dict-first form (entry-index cache in the
# instruction): the site then meets lists, tuples, dict subclasses, other
# dicts with other key orders, tables past 16 keys, deleted and re-added
# keys, non-str keys and missing keys; each must behave as the generic op.


class D(dict):
    def __missing__(self, k):
        return "missing:" + str(k)


def get(objs, key):
    out = []
    for o in objs:
        try:
            out.append(o[key])
        except (KeyError, TypeError, IndexError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    return out


def getk(objs):
    # constant str key: linked dict-first (load_const + get_item)
    out = []
    for o in objs:
        try:
            out.append(o["k"])
        except (KeyError, TypeError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    return out


def loop_set_get(d, n):
    r = None
    for i in range(n):
        d["k"] = i
        r = d["j"]
    return r, d["k"]


def loop_get_set(a, b, n):
    for i in range(n):
        x = a["j"]
        b["k"] = x + i
    return a, b


a = {"j": 1, "k": 2}
b = {"k": 3, "j": 4}
big = {"x%d" % i: i for i in range(40)}
big["k"] = "bigk"
print(get([a, b, a, [9, 8], (7,), big, D(k=1), D(), {1: "one"}, {}, "str", a], "k"))
print(get([[5, 6, 7], a, (1, 2), {2: "two"}, [0]], 2))
print(getk([a, b, big, D(), {}, {"k": None}, [1], a]))

# the cached entry index goes stale: keys deleted, table compacted, re-added
c = {"a": 0, "b": 1, "k": 2, "j": 3}
print(loop_set_get(c, 5), c)
del c["a"]
del c["b"]
print(loop_set_get(c, 5), c)
for i in range(30):
    c["f%d" % i] = i
print(loop_set_get(c, 5), len(c))
del c["k"]
print(loop_set_get(c, 3), list(c)[-1])
c[5] = "int key"
print(loop_set_get(c, 3), c[5])

# the site alternates between a dict and a list
lst = [0] * 8
d2 = {"j": 10, "k": 0}
for obj in [d2, lst, d2, lst]:
    try:
        print(loop_set_get(obj, 4))
    except TypeError as e:
        print("TypeError", e)

# get and set in one loop body over different dicts
print(loop_get_set({"j": 1}, {"k": 0}, 4))
p = {"j": 5}
q = D(j=1)
print(loop_get_set(p, q, 3), type(q).__name__)
try:
    loop_get_set({"x": 1}, {}, 2)
except KeyError as e:
    print("KeyError", e)

# str subclass and equal-but-distinct key objects
class S(str):
    pass


key = "".join(["k", ""])
e = {"k": 1, "j": 2}
print(get([e, e], key), get([e], S("k")), get([e], "j" + ""))
e[S("z")] = 3
print(get([e, e], "z"), get([e], key))

# hot loops (their loop tails become counter-free forms), then other objects
big2 = {"x%d" % i: i for i in range(20)}
big2["j"] = "J"
big2["k"] = 0
for obj in [{"j": 1, "k": 0}, big2, D(j=2), {"k": 0}, {"j": 3, "k": 0}]:
    try:
        print(loop_set_get(obj, 3000))
    except KeyError as e:
        print("KeyError", e)


def switch_mid(objs, n):
    r = []
    for i in range(n):
        o = objs[i * len(objs) // n]
        o["k"] = i
        r.append(o["j"])
    return r[::500]


print(switch_mid([{"j": 1, "k": 0}, D(j=2), {"k": 1, "j": 3}, big2, {"j": 4}], 3000))
