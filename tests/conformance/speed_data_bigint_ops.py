# Big-int arithmetic by reference (no operand copies) and pow(b, e, m) by
# Montgomery products for odd moduli up to 256 bits: edges against CPython.
a = 3 ** 200
b = -(7 ** 150)
c = 2 ** 64
for x, y in [(a, b), (b, a), (a, 5), (5, a), (b, -3), (-3, b), (c, c - 1), (c, 1), (-c, c), (a, a)]:
    print(x + y == y + x, (x - y) % 1000003, (x * y) % 999983, x // y, x % y, divmod(x, y)[1] == x % y)
    print(x & y & 0xFFFF, (x | y) % 65537, (x ^ y) % 65537, x < y, x <= y, x == y, x >= y)
print(a >> 100, b >> 100, b >> 10 ** 20, a >> 10 ** 20, (b << 70) % 99991, 0 << 10 ** 6)
print(c ** 2, (-c) ** 3, 1 ** (10 ** 30), (-1) ** (10 ** 30), (-1) ** (10 ** 30 + 1), 0 ** (10 ** 30))
print(c ** -1, (-c) ** -2, 2 ** -1)
# big ints equal to floats, ordering against floats
print(c == float(c), c + 1 == float(c), -c == -float(c), c < float(c) * 2, a > 1e300, -a < -1e300)
print(float(c) < c + 1, hash(c) == hash(float(c)), {c: 1}.get(float(c)))
# modular powers
ms = [3, 2 ** 61 - 1, 2 ** 64 - 59, 2 ** 64 + 13, 2 ** 127 - 1, 2 ** 128 - 159, 2 ** 128 + 51,
      2 ** 255 - 19, 2 ** 256 - 189, 2 ** 256 + 297, 10 ** 9 + 7, 2 ** 64 - 1, 2 ** 100]
for m in ms:
    row = []
    for base in [0, 1, 2, m - 1, m, m + 1, -1, -2, -m, 12345678901234567890123, -(10 ** 40)]:
        for e in [0, 1, 2, 63, 64, 65, 128, 10 ** 7 + 3, 2 ** 64, 2 ** 130 + 5]:
            row.append(pow(base, e, m) % 1000)
            row.append(pow(base, e, -m) % 1000)
    print(m % 1000, sum(row), row[:12])
print(pow(3, -1, 7), pow(2, -3, 2 ** 127 - 1), pow(-5, 3, 2 ** 127 - 1), pow(5, 3, -(2 ** 127 - 1)))
try:
    pow(2, -1, 2 ** 128)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 5, 0)
except ValueError as e:
    print("ValueError", e)
# fibonacci-style big adds reuse nothing: old values stay intact
x, y = 0, 1
keep = []
for i in range(300):
    x, y = y, x + y
    if i % 100 == 0:
        keep.append(x)
print([k % 1000 for k in keep], x % 10 ** 12, len(str(x)))
