# Inline arithmetic edge cases in hot loops: floor division and modulo signs,
# zero divisors, int true division exactness, multiply overflow, floats that
# do not self-tag (boxed bands), mixed int/float operands.
def divmods(n):
    s = 0
    for i in range(-n, n):
        for d in (-7, -3, -1, 1, 2, 5):
            s = s + i // d * 3 + i % d
    return s

def zero_div(n):
    caught = 0
    for i in range(n):
        try:
            x = 10 // (i % 5)
        except ZeroDivisionError:
            caught = caught + 1
        try:
            y = 1.5 / (i % 3 - 1.0 + 1.0)
        except ZeroDivisionError:
            caught = caught + 1
    return caught

def truediv(n):
    t = 0.0
    big = 2 ** 55 + 1
    for i in range(1, n):
        t = t + i / 7 + big / i + (-i) / 3
    return t

def mul_overflow(n):
    x = 3
    out = []
    for i in range(n):
        x = x * 7
        out.append(x % 1000003)
    return out[-1], x.bit_length()

def boxed_floats(n):
    x = 1.0
    ys = []
    for i in range(n):
        x = x * 1.5
        if i % 100 == 0:
            ys.append(x)
    return ys[-3:], x

def mixed(n):
    a = 0
    for i in range(n):
        a = a + i * 0.5 - i // 3 + (i % 4) / 2
    return a

def neg_zero(n):
    z = 0.0
    for i in range(n):
        z = z * -1.0
    return z, repr(-0.0 * 1.0)

print(divmods(300))
print(zero_div(1000))
print(truediv(2000))
print(mul_overflow(60))
print(boxed_floats(2000))
print(mixed(3001))
print(neg_zero(1001))
nan = float("nan")
c = 0
for i in range(2000):
    if nan == nan or nan < i:
        c = c + 1
    c = c + (i * 2.0 < i + 0.5)
print(c)
