# fractions.Fraction: construction (ints, floats, strings), arithmetic with int/float, comparisons, rounding, hashing, errors.
from fractions import Fraction as F

a = F(3, 4)
b = F('-1.25')
print(a, b, repr(a), F(6, -8), F(0.1), F('2e-3'), F(' 7 '), F('1_000/3'), F(a), F(5))
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, abs(b), +a)
print(a + 1, 1 + a, a * 2, 2 / a, a + 0.5, 0.5 * a, a ** 2, a ** -2, (-a) ** -3, a ** 0.5, 2 ** F(3))
print(a < b, a > b, a == F(6, 8), a == 0.75, a < 1, F(1, 2) >= 0.5, a != b, sorted([a, b, F(1, 3), F(0)]))
print(float(a), int(b), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(22, 7), 3), round(F(1234, 1), -2))
print(hash(F(1, 2)) == hash(0.5), hash(F(7)) == hash(7), F(355, 113).limit_denominator(100), F(3.141592653589793).limit_denominator(1000))
print(a.numerator, a.denominator, a.as_integer_ratio(), bool(F(0)), sum([F(1, n) for n in range(1, 6)]), F.from_float(0.25))
for bad in (lambda: F(1, 0), lambda: F('x'), lambda: a / 0, lambda: F(0) ** -1, lambda: F('1 / 2'), lambda: F([1])):
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
