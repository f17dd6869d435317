# Loop back-edges and loop-tail superinstructions (control::back_edge,
# fused.rs): the counter, slow paths of the fused first op and of the head.


def sum_range(n):
    total = 0
    for i in range(n):
        total = total + i
    return total


print(sum_range(0), sum_range(1), sum_range(5000))


def overflow(n):
    t = 2**61 - 10
    for i in range(n):
        t = t + i  # leaves the small-int range mid-loop
    return t


print(overflow(20))


def strs(seq):
    s = ""
    for x in seq:
        s = s + x  # str add: the slow path of the fused add
    return s


print(strs(["a", "b", "c"]), strs(("x", "y")), strs(iter("pq")))


def floats(n):
    x = 1.0
    for i in range(n):
        x = x + 1e300  # huge floats, then inf
    y = 0.0
    for i in range(n):
        y = y - 0.5
    return x, y


print(floats(3))


def mixed(items):
    t = 0
    for v in items:
        t += v
    return t


print(mixed([1, 2.5, True, 10**30]), mixed((1, 2)), mixed(x for x in range(4)), mixed({3: 0, 4: 0}))


def while_lt(n):
    i = 0
    while i < n:
        i = i + 1
    j = 10
    while j > 0:
        j -= 3
    return i, j


print(while_lt(3000), while_lt(2.5), while_lt(0))


def while_mixed():
    i = 0.0
    while i < 3:
        i += 1
    k = 5
    while k > 0.5:
        k -= 1
    return i, k


print(while_mixed())


def err_in_tail():
    t = 0
    out = []
    for v in [1, 2, "x", 4]:
        try:
            t = t + v
        except TypeError as e:
            out.append(str(e))
    return t, out


print(err_in_tail())


def nested(n):
    c = 0
    for i in range(n):
        for j in range(n):
            if j == i:
                continue
            if j > i + 3:
                break
            c += 1
    return c


print(nested(1200))


def gen_loop():
    def g():
        for i in range(2500):
            yield i

    t = 0
    for v in g():
        t = t + v
    return t


print(gen_loop())


def many_rounds():
    # The same loop entered many times (counter re-armed, never reset to 0).
    t = 0
    for r in range(300):
        for i in range(17):
            t = t + i
    return t


print(many_rounds())


def moves(seq):
    last = None
    for x in seq:
        last = x
    return last


print(moves(range(10**6, 10**6 + 2000)), moves([]), moves("abc"))
