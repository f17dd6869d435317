# Loop tails ending in a global load, attribute store, item load/store,
# unpacking or list append (fused.rs `*_loop_for`, their `nc`/`tight`
# forms) and their slow paths: globals rebound or deleted mid-loop, errors
# raised by the last op of the body, other iterators than ranges.
import sys

G = 7


def g_load(n):
    r = 0
    for i in range(n):
        r = G
    return r


def g_load_changing(n):
    global G
    r = 0
    t = 0
    for i in range(n):
        if i == n // 2:
            G = "changed"
        r = G
    return r


print(g_load(30000))
print(g_load_changing(30000))
G = 3.5
print(g_load(30000))
del G
try:
    g_load(10)
except NameError as e:
    print("NameError", e)
len = lambda x: -1
def b_load(n):
    r = 0
    for i in range(n):
        r = len
    return r([1, 2])
print(b_load(20000))
del len
print(b_load(20000))


class P:
    def __setattr__(self, k, v):
        if v == 4999:
            raise AttributeError("no " + k)
        object.__setattr__(self, k, v)


class Q:
    pass


def a_store(o, n):
    for i in range(n):
        o.x = i
    return o.x


print(a_store(Q(), 30000))
try:
    a_store(P(), 5000)
except AttributeError as e:
    print("AttributeError", e)


def i_load(a, n):
    r = None
    for i in range(n):
        r = a[i]
    return r


print(i_load(list(range(40000)), 40000))
print(i_load("xyz" * 20000, 40000))
print(i_load({i: i * 2 for i in range(30000)}, 30000))
try:
    i_load([1, 2, 3] * 1000, 30000)
except IndexError as e:
    print("IndexError", e)


def i_store(a, n):
    for i in range(n):
        a[i] = i
    return a[n - 1]


print(i_store([0] * 30000, 30000))
print(i_store({}, 30000))
try:
    i_store([0] * 100, 30000)
except IndexError as e:
    print("IndexError", e)
try:
    i_store((0,) * 30000, 30000)
except TypeError as e:
    print("TypeError", e)


def unpack(t, n):
    a = b = None
    for i in range(n):
        a, b = t
    return a, b


print(unpack((1, 2), 30000))
print(unpack([3, 4], 30000))
print(unpack("ab", 30000))
try:
    unpack((1, 2, 3), 30000)
except ValueError as e:
    print("ValueError", e)


def unpack_iter(ts):
    a = b = None
    for a, b in ts:
        pass
    return a, b


print(unpack_iter([(i, -i) for i in range(30000)]))

print(sum([x for x in range(30000)]))
print(len([x * 2 for x in range(30000) if x % 3]))
print([c for c in "hello"])


def app(n):
    l = []
    for i in range(n):
        l.append(i)
    return l[-1], len(l)


print(app(30000))

# the same loop over a list after a range (tight deopt)
def lst(it):
    out = {}
    for i in it:
        out[i] = i
    return sum(out.values())


print(lst(range(30000)), lst(list(range(30000))), lst(range(30000)))
