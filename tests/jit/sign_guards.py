# Typed bodies that assume registers stay >= 0 (sums of non-negative ints
# test the sign of the result instead of the overflow flag): negative values
# arriving at a later entry (the loop is compiled again without the
# assumption), negative prologue constants, sums that leave the small ints
# upwards, values made negative inside the loop by other operations.


def acc(n, s):
    for i in range(n):
        s = s + i
    return s


def acc_while(i, n, s):
    while i < n:
        s = s + i
        i = i + 1
    return s


def fib_from(a, b, n):
    i = 0
    while i < n:
        t = a + b
        a = b
        b = t
        i = i + 1
    return a, b


def neg_prologue(n):
    s = -5
    i = 0
    while i < n:
        s = s + i
        i = i + 1
    return s


def sub_inside(n):
    s = 0
    t = 0
    for i in range(n):
        t = t - i
        s = s + i
    return s, t


def mul_sum(n, k):
    s = 0
    for i in range(n):
        p = i * k
        s = s + p
    return s


big = 2**61
for r in range(40):
    print(r, acc(r % 9, r), acc_while(0, r % 7, r), fib_from(r, r + 1, r % 6))
# Negative values at later entries.
print(acc(5, -100), acc(10, -1), acc_while(-3, 4, 0), acc_while(0, 6, -50))
print(fib_from(-1, 1, 10), fib_from(5, -8, 10), fib_from(0, 1, 30))
for r in range(30):
    print(r, acc(r % 9, r - 15), acc_while(r - 10, r % 7, 3), fib_from(r - 3, 2, r % 8))
# Sums leaving the small ints upwards (the sign test bails).
print(acc(4, big - 3), acc(6, big - 1), acc_while(0, 5, big - 7))
print(fib_from(big // 2, big // 2, 6), fib_from(0, 1, 95))
print(neg_prologue(0), neg_prologue(7))
print(sub_inside(9))
for k in range(-3, 4):
    print(k, mul_sum(12, k))
print(mul_sum(8, big // 8))
