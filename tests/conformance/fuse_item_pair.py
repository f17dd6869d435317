# `o[k] = v; r = o[j]` ending a for loop on one object (one fused pair, one guard): lists, str-keyed dicts, and every miss
def pair(o, k, j, n):
    r = None
    for i in range(n):
        o[k] = i
        r = o[j]
    return r


print(pair([0, 1, 2, 3], 1, 2, 3000), pair([0, 1, 2, 3], 2, 2, 3000))
print(pair({"a": 1, "b": 2}, "a", "b", 3000), pair({"a": 1, "b": 2}, "a", "a", 3000))
print(pair({1: 1, 2: 2}, 1, 2, 3000), pair({"a": 0, 2: "two"}, "a", 2, 3000))
print(pair([0, 1, 2], -1, -3, 3000), pair({(1, 2): 0, "z": 5}, (1, 2), "z", 3000))


class D(dict):
    def __getitem__(self, k):
        return ("D", dict.__getitem__(self, k))


class L(list):
    def __setitem__(self, k, v):
        list.__setitem__(self, k, v * 2)


print(pair(D(a=1, b=2), "a", "b", 3000), pair(L([0, 1, 2]), 0, 0, 3000))


# The object changes under the loop: keys added / removed, list shrinks, type swaps.
def mutate(n):
    d = {"k": 0, "j": 1}
    out = []
    for i in range(n):
        d["k"] = i
        r = d["j"]
        if i == 1000:
            d["new"] = 1
            del d["j"]
            d["j"] = "moved"
        if i == 2000:
            d[7] = "int key"
        out = r
    return out, d


print(mutate(3000))


def swap(objs, n):
    out = []
    for i in range(n):
        o = objs[i % 3]
        o[0] = i
        r = o[0]
        out = r
    return out, objs


print(swap([[9], {0: "x"}, {"a": 1, 0: 2}], 3000))


def missing(n):
    d = {"k": 0, "j": 1}
    try:
        for i in range(n):
            d["k"] = i
            r = d["j"]
            if i == 2500:
                del d["j"]
    except KeyError as e:
        return "KeyError", e, i, d


print(missing(3000))


def shrink(n):
    a = [0, 1, 2, 3, 4, 5]
    try:
        for i in range(n):
            a[1] = i
            r = a[5]
            if i == 2800:
                a.pop()
    except IndexError as e:
        return "IndexError", e, i, a


print(shrink(3000))
try:
    pair((1, 2, 3), 0, 1, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    pair("abc", 0, 1, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    pair([1, 2], "x", 0, 10)
except TypeError as e:
    print("TypeError:", e)
