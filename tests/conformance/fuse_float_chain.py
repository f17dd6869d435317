# `x = x * a + b` ending a for loop (the float chain: the product never stored): floats, ints, mixed, big / tiny / inf / nan results, both operand orders
import math


def madd(x, a, b, n):
    for i in range(n):
        x = x * a + b
    return x


def madd_rev(x, a, b, n):
    for i in range(n):
        x = b + x * a
    return x


print(madd(0.0, 0.5, 1.0, 3000), madd_rev(0.0, 0.5, 1.0, 3000))
print(madd(1.0, 1.0001, 0.0, 3000), madd_rev(1.0, 0.9999, 1e-300, 3000))
# Results past the self-tagged range (boxed), overflow to inf, nan.
print(madd(1.0, 10.0, 0.0, 400), madd(1.0, 1e-10, 0.0, 40), madd(1e300, 10.0, 1.0, 3000))
print(madd(1.0, 2.0, -math.inf, 3000), madd(math.inf, 0.0, 1.0, 3000))
print(madd(1e-310, 0.5, 0.0, 3000), madd(5e-324, 1.0, 0.0, 3000))
# Ints, int/float mixes, a switch from floats to ints and back mid-run.
print(madd(1, 3, 1, 3000) % 1000003, madd(0.0, 2, 1, 60), madd(1, 0.5, 2, 3000))
print(madd(2.0, 0.5, 1.0, 3000), madd(2, 1, 1, 3000), madd(2.0, 0.5, 1.0, 3000))


def switch(n):
    x, a, b = 0.0, 0.5, 1.0
    out = []
    for i in range(n):
        x = x * a + b
        if i == 1500:
            x, a, b = 3, 2, 1
        if i == 1560:
            x, a, b = 0.25, 0.5, 0.25
    return x


print(switch(3000))


class F(float):
    def __mul__(self, o):
        return F(float(self) * o + 1000.0)


print(madd(F(1.0), 0.5, 1.0, 3000), madd(1.0, 0.5, F(1.0), 3000))
try:
    madd(1.0, "x", 1.0, 3000)
except TypeError as e:
    print("TypeError:", e)
try:
    madd(1.0, 0.5, "s", 3000)
except TypeError as e:
    print("TypeError:", e)
