# Typed loop bodies are emitted twice (unrolled once): every exit, bail and
# break must work from either copy, i.e. after an odd or an even number of
# iterations of this entry.


def count(n):
    s = 0
    for i in range(n):
        s = s + i
    return s, i if n else None


def wh(n, lim):
    a = 0
    b = 1
    i = 0
    while i < n:
        t = a + b
        a = b
        b = t
        if b > lim:
            break
        i = i + 1
    return a, b, i


def ovf_at(k):
    # The add overflows in iteration k (odd or even).
    s = 2 ** 61 - 1 - k * 1000
    i = 0
    while i < 20:
        s = s + 1000
        i = i + 1
    return s


def nested(n, m):
    acc = 0
    i = 0
    while i < n:
        j = 0
        while j < m:
            acc = acc + j
            j = j + 1
        i = i + 1
    return acc, i, j if n else None


def float_at(n, k):
    x = 0
    for i in range(n):
        x = x + 1
        if i == k:
            x = x + 0.5
    return x


for rep in range(300):
    r = [count(n) for n in range(9)]
    w = [wh(n, 50) for n in range(12)]
    o = [ovf_at(k) for k in range(1, 6)]
    ne = [nested(n, m) for n in range(4) for m in range(4)]
    fl = [float_at(7, k) for k in range(8)]
print(r)
print(w)
print(o)
print(ne)
print(fl)
