# Quickened lst[i] / lst[i] = v / a, b = t (quick.rs) and their loop tails:
# every case the fast paths do not take must give the generic op's result.


def get_items(seq, idxs):
    out = []
    for k in idxs:
        v = seq[k]
        out.append(v)
    return out


def set_items(seq, idxs):
    for k in idxs:
        seq[k] = k
    return seq


lst = [10, 11, 12, 13]
tup = (20, 21, 22, 23)
print(get_items(lst, [0, 3, -1, -4, True, False]))
print(get_items(tup, [0, 3, -1, -4, True]))
print(get_items("abcd", [0, -1, 2]))
print(get_items({0: "z", 5: "f", -1: "m"}, [0, 5, -1]))
print(get_items(range(10, 20), [0, -1, 3]))
print(get_items([[1, 2], [3, 4]], [1, 0]))
print(get_items(lst, [slice(1, 3), slice(None, None, -1)]))
print(get_items(lst, [2 ** 40 // 2 ** 39]))
for bad in ([4], [-5], [2 ** 70], [1.0], ["x"], [None]):
    try:
        get_items(lst, bad)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    get_items(tup, [4])
except IndexError as e:
    print("tuple", e)
print(set_items([0] * 5, [0, 4, -1, -5, 2]))
print(set_items({}, [1, -1, 3]))
for bad in ([5], [-6], [2 ** 70], [1.5], ["k"]):
    try:
        set_items([0] * 5, bad)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    set_items((1, 2), [0])
except TypeError as e:
    print(e)


class Seq:
    def __getitem__(self, k):
        return k * 2

    def __setitem__(self, k, v):
        print("set", k, v)


print(get_items(Seq(), [1, -3, "ab"]))
set_items(Seq(), [7, -2])


class L(list):
    def __getitem__(self, k):
        return "sub" + str(k)


print(get_items(L([1, 2, 3]), [0, 1]))


def unpack(items):
    a = b = None
    for t in items:
        a, b = t
    return a, b


print(unpack([(1, 2), (3, 4)]))
print(unpack([[5, 6]]))
print(unpack(["xy"]))
print(unpack([{7: 0, 8: 0}]))
print(unpack([range(2)]))
print(unpack([(i for i in (9, 10))]))
for bad in ([(1, 2, 3)], [(1,)], [[1, 2, 3]], [[]], [5], ["abc"]):
    try:
        unpack(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def unpack_range(n, t):
    a = b = 0
    for i in range(n):
        a, b = t
    return a + b


print(unpack_range(100, (3, 4)))
print(unpack_range(100, [5, 6]))
try:
    unpack_range(5, (1, 2, 3))
except ValueError as e:
    print(e)


def index_range(n, lst):
    r = 0
    for i in range(n):
        lst[i % 3] = i
        r = lst[i % 4 - 4]
    return r, lst


print(index_range(100, [0, 1, 2, 3]))
try:
    index_range(10, [0, 1, 2])
except IndexError as e:
    print(e)


def grow(n):
    out = [0]
    for i in range(n):
        out[0] = out[-1]
        out.append(i)
        v = out[i]
    return out[-3:], v


print(grow(200))


def pair(n, a, b, k, j):
    r = None
    for i in range(n):
        a[k] = i
        r = b[j]
    return r, a


def copy1(n, a, k, j):
    for i in range(n):
        t = a[k]
        a[j] = t
    return a


print(pair(100, [0, 0], [5, 6], 1, -1), pair(100, {}, {"x": 1}, "k", "x"), pair(10, [0], (7, 8), 0, 1))
print(copy1(100, [1, 2, 3], 0, 2), copy1(10, {"a": 1}, "a", "b"), copy1(10, [1, 2], -1, -2))
for args in ((3, [0], [1], 5, 0), (3, (0,), [1], 0, 0), (3, [0], [1], 0, 9), (3, [0], None, 0, 0)):
    try:
        pair(*args)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
for args in ((3, [0], 0, 4), (3, [0], 4, 0), (3, "ab", 0, 1)):
    try:
        copy1(*args)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
