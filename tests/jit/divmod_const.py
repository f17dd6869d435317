# Typed int loops dividing by constants (floor division and modulo by a
# positive constant: a shift or mask for powers of two, unsigned division for
# dividends kept >= 0, a sign fix-up otherwise), subtractions of two
# non-negative ints (no overflow test) and products of a non-negative int and
# a positive constant (one compare): negative dividends at the first entry
# and at later ones (the loop is compiled again without sign assumptions),
# operands leaving the small ints, negative and zero divisors, big and float
# dividends arriving mid-run.


def mix(n):
    total = 0
    i = 0
    while i < n:
        total = total + (i * 3 - i // 2 + i % 7)
        i = i + 1
    return total


def pow2(lo, n):
    s = 0
    i = lo
    while i < n:
        s = s + i // 8 + i % 16 + i // 1 + i % 1 + i // 2 + i % 2
        i = i + 1
    return s


def odd(lo, n):
    s = 0
    i = lo
    while i < n:
        s = s + i // 7 - i % 13 + i // 1000003 + i % 3
        i = i + 1
    return s


def from_value(x, n):
    # x may be negative, big or a float; the loop divides it again and again.
    s = 0
    i = 0
    while i < n:
        s = s + x // 5 + x % 5 + x // 4 + x % 4
        x = x + 1
        i = i + 1
    return s


def scaled(x, n):
    s = 0
    i = 0
    while i < n:
        s = s + x * 5 + 3 * x - (x * 7 - x // 3)
        x = x + 1
        i = i + 1
    return s


def by_zero(n, d):
    s = 0
    i = 0
    try:
        while i < n:
            s = s + i // (d - i // 2)
            i = i + 1
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, i, s)
    return s


def negative_divisor(n):
    s = 0
    i = 0
    while i < n:
        s = s + i // -3 + i % -3 + i // -4 + i % -4
        i = i + 1
    return s


def mod_plus(n, x):
    # k = ... % 13 is 0..12: k + c needs no overflow test for |c| < 2**60,
    # but still does near the small-int edge.
    s = 0
    i = 0
    while i < n:
        k = (x + i) % 13
        # 2**59, 2**61 - 10, -2**61 (small-int literals)
        s = s + (k + 1) + (k + 576460752303423488) // 1024
        s = s + (k + 2305843009213693942) // 4096 + (k + -2305843009213693952) // 4096
        i = i + 1
    return s


big = 2 ** 61
for x in (0, -7, 2 ** 61 - 2000, 5.5):
    print(mod_plus(3000, x))
for n in (0, 1, 5, 100, 3000):
    print(n, mix(n))
for lo in (0, -50, -3000):
    print(lo, pow2(lo, lo + 3000), odd(lo, lo + 3000))
for x in (0, 7, -7, -3000, big - 1500, -big, big * 4, 2.5, -1e18, True):
    print(repr(x), from_value(x, 3000), scaled(x, 3000))
# A negative value at a later entry, after the code assumed none.
for x in (10, 20, -20, 30, -(2 ** 60), 2 ** 60 // 3, big // 5 - 1000):
    print(x, scaled(x, 2000), from_value(x, 2000))
print(by_zero(3000, 1000))
print(negative_divisor(3000))
# Products that leave the small ints at the compare's edge.
edge = (2 ** 61 - 1) // 5
for x in (edge - 1500, edge - 1000, edge):
    print(scaled(x, 2000))
