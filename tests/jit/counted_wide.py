# Counted loops of 9..16 instructions (unrolled 4x since UNROLL_MAX 16):
# trip counts around the round size, an int product leaving the small ints
# in each copy of a round, a float arriving at a later entry, a
# ZeroDivisionError in each copy, and bounds near the small-int edge.


def wide(lo, n, a, d):
    s = 0
    t = 0
    i = lo
    while i < n:
        t = i * a
        s = s + t % 1000 + i // 2 - i % 7
        s = s - 1000 // (d - i)
        i = i + 1
    return s, t


for n in range(0, 11):
    print(n, wide(0, n, 1, 100))
for p in (2000, 2001, 2002, 2003):
    # i * a leaves the small ints at i == p (in each copy of a round)
    print(p, wide(0, 3000, 2 ** 61 // p + 1, 10 ** 9))
print(wide(0, 3000, 0.5, 10 ** 9))
print(wide(0, 3000, 3, 10 ** 9))
for z in (2999, 2998, 2997, 2996):
    try:
        print(wide(0, 3000, 1, z))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", z, e)
edge = 2 ** 61 - 1
print(wide(edge - 3000, edge, 1, 0))
print(wide(edge - 3001, edge - 1, 1, 0))
