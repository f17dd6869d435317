# `for ...: if a < b:` — the loop tail runs the head and the compare in one
# dispatch (iter.rs range_head_lt); every other case dispatches the compare.


def split(n, h):
    lo = hi = 0
    for i in range(n):
        if i < h:
            lo = i
        else:
            hi = i
    return lo, hi


print(split(100, 50), split(10, 0), split(10, 20), split(0, 5))
print(split(100, 50.5), split(50, 2 ** 70))
try:
    split(5, "x")
except TypeError as e:
    print("TypeError", e)


def count(xs, lim):
    c = 0
    t = 0
    for x in xs:
        if x < lim:
            c += 1
        t = t + x
    return c, t


print(count(range(1000), 300), count([1.5, 2.5, 0.5] * 100, 1.0), count([3, 1, 2] * 50, 2))


def acc(n, h):
    s = 0
    for i in range(0, n, 3):
        if i < h:
            s += i
        s += 1
    return s


print(acc(1000, 500), acc(1000, -1), acc(2 ** 20, 2 ** 19))


def step(n):
    r = []
    j = 0
    for i in range(n):
        if j < i:
            j = j + 2
        r.append(j)
    return r[-5:]


print(step(2000))


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o


def objs(n):
    k = K(5)
    m = 0
    for i in range(n):
        if k < i:
            m = i
    return m


print(objs(100))
