# Specialisations of typed loop bodies, with their guards made to fail:
# * `i = i + 1` under `while i < n` has no overflow check (i < n <= the
#   largest small int), also at the very edge of the small-int range and
#   past it (n a big int, i growing into a big int);
# * a range whose step was 1 when the loop was compiled steps by an
#   immediate; entries with other steps (2, -1, 3) must still be right.
import sys


def up(i, n):
    c = 0
    while i < n:
        i = i + 1
        c = c + 1
    return i, c


def down(i, n):
    c = 0
    while i > n:
        i = i - 1
        c = c + 1
    return i, c


for k in range(3):
    print(up(0, 1000 + k))
    print(down(1000 + k, 0))
edge = 2 ** 61
print(up(edge - 3000, edge - 1))
print(up(edge - 3000, edge))
print(up(edge - 3000, edge + 5))
print(down(-edge + 3000, -edge))
print(down(-edge + 3000, -edge - 5))
print(up(2 ** 63 - 2000, 2 ** 63 + 10))


def steps(a, b, s):
    t = 0
    last = None
    for j in range(a, b, s):
        t = t + j
        last = j
    return t, last


for k in range(4):
    print(steps(0, 3000, 1))
print(steps(0, 3000, 2))
print(steps(3000, 0, -1))
print(steps(5, 3000, 3))
print(steps(edge - 2000, edge + 2000, 1))
print(steps(0, 3000, 1))


def nested(n, s):
    t = 0
    for i in range(n):
        for j in range(0, i, s):
            t = t + j
    return t


print(nested(200, 1), nested(200, 7), nested(200, 1))
print(sys.maxsize + 1 - 1)
