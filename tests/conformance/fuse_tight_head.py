# Loops that run inside one handler (fused.rs `tight`, --no-jit) with the loop
# head's state read once on entry (iter.rs RangeTight, compare.rs JnTight):
# entering over another iterable, leaving and re-entering mid-range, the loop
# variable rebound in the body, steps and bounds near the small-int edge.


def total(it):
    t = 0
    for i in it:
        t = t + i
    return t


def glob(it):
    r = None
    for i in it:
        r = G
    return r


G = "g"


class O:
    pass


def attr_loop(it, o):
    for i in it:
        o.a = i
        r = o.a
    return o.a


def rebind(n):
    t = 0
    for i in range(n):
        t = t + i
        i = 1000
    return t, i


def first_fails(n):
    # The body's fast path misses once in the middle (a float, then a str
    # concatenation raising), the loop goes on at the next item.
    out = []
    t = 0
    for i in range(n):
        t = t + i
        if i == n // 2:
            t = t + 0.5
    out.append(t)
    return out


def wloop(i, n):
    while i < n:
        i = i + 1
    return i


def wloop_down(i, n):
    while i > n:
        i = i - 1
    return i


def unpack(t, n):
    a = b = 0
    for i in range(n):
        a, b = t
    return a, b


def items(lst, n):
    r = 0
    for i in range(n):
        lst[1] = i
        r = lst[0]
    return r, lst[1]


for rounds in range(3):
    print(total(range(5000)), total(list(range(3000))), total((1, 2, 3)))
    print(total(range(-7000, 9000, 3)), total(range(10, 0)), total(range(5, 6)))
    big = (1 << 61) - 10
    print(total(range(big - 3000, big, 7)))
    print(total(range(big - 4000, (1 << 61) + 5, 1000)))
    print(glob(range(4000)), glob([1, 2]), glob(range(0)))
    o = O()
    print(attr_loop(range(4000), o), attr_loop(["x", "y"], o), attr_loop(range(2, 4000), o))
    print(rebind(4000), first_fails(4001))
    print(wloop(0, 5000), wloop(0.5, 3000), wloop(4990, 5000), wloop(10, 3), wloop((1 << 70) - 3000, 1 << 70), wloop((1 << 61) - 3000, 1 << 61))
    print(wloop_down(5000, 0), wloop_down(3000.25, 0), wloop_down(1 << 64, (1 << 64) - 3000))
    print(unpack((1, 2), 4000), unpack([3, 4], 3000))
    print(items([7, 8], 4000), items({0: "d", 1: 2}, 3000))

# A loop interrupted by an exception, then the same code again.
def boom(n, at):
    t = 0
    for i in range(n):
        t = t + (i if i != at else "x")
    return t

for at in (2500, -1):
    try:
        print(boom(5000, at))
    except TypeError as e:
        print("TypeError", e)
