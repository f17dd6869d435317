# Counted loops (typed bodies unrolled 4x with one bound test per round):
# `for i in range(...)` with step 1 and `while i < n: ...; i = i + 1` with
# straight-line bodies. Every trip count around the round size, bounds near
# the small-int edges (the round limit bound - 3 would wrap), guards failing
# in each copy of a round, bounds and counters that are not ints.
import sys


def sum_range(a, b):
    total = 0
    for i in range(a, b):
        total = total + i
    return total


def sum_while(i, n):
    s = 0
    while i < n:
        s = s + i
        i = i + 1
    return s, i


def fib(n):
    a = 0
    b = 1
    i = 0
    while i < n:
        t = a + b
        a = b
        b = t
        i = i + 1
    return a


def last_i(n):
    i = -1
    for i in range(n):
        pass
    return i


def while_const():
    # The bound is a constant hoisted out of the loop.
    i = 0
    s = 0
    while i < 10:
        s = s + i * 3
        i = i + 1
    return s, i


def overflow_at(n, start):
    # start + i leaves the small ints in iteration k: the guard fails in
    # the copy that runs it, the generic body continues with a big int.
    s = start
    for i in range(n):
        s = s + i
    return s


def mul_grow(n):
    x = 3
    i = 0
    while i < n:
        x = x * 3
        i = i + 1
    return x


def float_mix(n, x):
    s = x
    i = 0
    while i < n:
        s = s + i
        i = i + 1
    return s


def div_at(n, k):
    # A zero divisor in iteration k: ZeroDivisionError from inside a round.
    s = 0
    i = 0
    while i < n:
        s = s + 100 // (i - k)
        i = i + 1
    return s


for n in range(0, 12):
    print(n, sum_range(0, n), sum_range(-3, n), sum_while(0, n), sum_while(5, n), fib(n), last_i(n))
print(while_const())
big = 2**61
for lo, hi in [(-big, -big + 5), (-big, -big + 3), (-big, -big), (big - 6, big - 1), (-big + 1, -big + 9)]:
    print(lo, hi, sum_range(lo, hi), sum_while(lo, hi))
print(sum_while(2**62, 2**62 + 6))
print(sum_while(-1.5, 6))
print(sum_while(0, 6.5))
print(sum_while(2**70 - 3, 2**70))
for k in range(0, 9):
    print(k, overflow_at(k + 4, big - 1 - k * (k + 3) // 2))
for n in range(20, 45, 3):
    print(n, mul_grow(n))
for n in range(0, 10):
    print(n, float_mix(n, 0.25), float_mix(n, 2**62), float_mix(n, -7))
for k in range(0, 7):
    try:
        print(k, div_at(k + 5, k))
    except ZeroDivisionError as e:
        print(k, "ZeroDivisionError", e)
print(div_at(3, 10))
try:
    sum_while(0, "x")
except TypeError as e:
    print("TypeError", e)
try:
    sum_range(0, 3.5)
except TypeError as e:
    print("TypeError", e)
total = 0
for r in range(300):
    total = total + fib(r % 30) + sum_range(r, r + r % 9)
print(total)
