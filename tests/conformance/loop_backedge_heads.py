# Back-edges of hot loops (counter-free forms with the head's fast path) over
# every kind of head and iterator: a range (steps, empty, negative bounds,
# big ints), a list that grows, a tuple, an iterator object, a generator,
# enumerate, the same loop re-entered with another iterator kind, nested
# loops, break/else, while loops with each comparison, and a loop whose last
# op is a fused tail that keeps counting.


def body_sum(it):
    # Two ops in the body: the back-edge is its own instruction.
    t = 0
    n = 0
    for x in it:
        t = t + x
        n = n + 1
    return t, n


def gen(n):
    for i in range(n):
        yield i * 2


print(body_sum(range(3000)))
print(body_sum(range(5, 3000, 7)), body_sum(range(-4000, -1000, 3)), body_sum(range(10, 0)))
print(body_sum(range(2**61 - 3000, 2**61 + 5)))
print(body_sum(range(-(2**61) - 5, -(2**61) + 2000)))
print(body_sum(list(range(2500))), body_sum(tuple(range(2500))), body_sum(gen(2500)))
print(body_sum(iter(list(range(2500)))), body_sum({k: 1 for k in range(2500)}), body_sum(set(range(2500))))
# The same code object over changing iterator kinds, hot between them.
kinds = [range(2000), list(range(2000)), range(1, 2000, 2), (7,) * 2000, gen(2000), range(0), [], range(2000)]
print([body_sum(k) for k in kinds])


def grow(n):
    lst = [1, 2, 3]
    t = 0
    for x in lst:
        t = t + x
        if len(lst) < n:
            lst.append(x + 1)
    return t, len(lst)


print(grow(3000))


def enum_sum(seq):
    t = 0
    c = 0
    for i, x in enumerate(seq):
        t = t + i * x
        c = c + 1
    return t, c


print(enum_sum(list(range(2500))), enum_sum(tuple(range(2000))), enum_sum(range(2000)))


def nested(n):
    t = 0
    for i in range(n):
        for j in range(i % 7):
            t = t + j
            t = t - 1
        for k in [1, 2]:
            t = t + k
            t = t ^ 1
    return t


print(nested(3000))


def brk(n, stop):
    found = None
    for i in range(n):
        if i == stop:
            found = i
            break
        found = -i
    else:
        found = "else"
    return found, i


print(brk(3000, 2500), brk(3000, 5000), brk(0, 1) if False else brk(1, 5))


def whiles(n):
    out = []
    i = 0
    while i < n:
        i = i + 1
        i = i + 0
    out.append(i)
    while i > 0:
        i = i - 3
        i = i + 0
    out.append(i)
    while i <= n:
        i = i + 2
        i = i * 1
    out.append(i)
    while i >= -n:
        i = i - 5
        i = i * 1
    out.append(i)
    while i != 7:
        i = i + 1
        i = i * 1
    out.append(i)
    j = 0
    while i == 7:
        j = j + 1
        if j > n:
            i = 8
    out.append((i, j))
    f = 0.5
    while f < n:
        f = f + 1.25
        f = f * 1
    out.append(f)
    return out


print(whiles(3000))


def tail_counts(n):
    # A one-op body whose fused tail counts on the back-edge while the
    # back-edge itself also runs (its first op misses every other time).
    vals = [1, "a", 2, "b"] * (n // 4)
    t = 0
    s = ""
    i = 0
    while i < n:
        v = vals[i]
        if v.__class__ is int:
            t = t + v
        else:
            s = s + v
        i = i + 1
    return t, len(s)


print(tail_counts(4000))


def reenter(n):
    r = []
    for rep in range(4):
        t = 0
        src = range(n) if rep % 2 == 0 else list(range(n))
        for x in src:
            t = t + x
        r.append((t, x))
    return r


print(reenter(2500))


def shrink(n):
    lst = list(range(n))
    seen = 0
    t = 0
    for x in lst:
        seen = seen + 1
        if lst:
            lst.pop()
        t = t + x
    return seen, t, len(lst)


def ident(x):
    return x


def over_list(data):
    t = 0
    for x in data:
        t += x
    r = None
    for x in data:
        r = ident(x)
    c = 0
    for x in data:
        a = c + x
        c = a - x
    return t, r, c


print(shrink(3000), over_list(list(range(2500))), over_list([]), over_list([5]))
print(over_list(tuple(range(2500))), over_list([1.5, 2.5] * 1000), over_list(list(range(2500)) + [2**70]))
