# math: CPython's exact results and error messages for domain/range errors, big ints, special values.
import math

cases = [
    lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-2.5), lambda: math.exp(1000),
    lambda: math.acos(2), lambda: math.factorial(-1), lambda: math.pow(0.0, -1.0), lambda: math.pow(10.0, 400.0),
    lambda: math.gamma(0), lambda: math.gamma(-3.0), lambda: math.lgamma(-2.0), lambda: math.fmod(math.inf, 1),
    lambda: math.isqrt(-4), lambda: math.comb(-1, 2), lambda: math.perm(3, -1), lambda: math.ldexp(1.0, 5000),
    lambda: math.floor(math.inf), lambda: math.ceil(math.nan), lambda: math.sqrt('x'), lambda: math.factorial(2.5),
    lambda: math.log(1, 1), lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum([1e308, 1e308]),
    lambda: math.cosh(1000), lambda: math.atanh(1), lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.dist((1, 2), (1,)),
    lambda: math.sqrt(10 ** 400), lambda: math.trunc('s'), lambda: math.gcd(1.5),
]
for f in cases:
    try:
        print(repr(f()))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ':', e)
print(math.log(10 ** 400), math.log2(2 ** 2000), math.log10(10 ** 500), math.log(2 ** 1100, 2))
print(math.floor(1e300) == 10 ** 300 or math.floor(1e300), math.ceil(-2.5), math.trunc(-7.9), math.floor(-0.0))
print(math.factorial(30), math.comb(100, 50), math.perm(10, 3), math.perm(5), math.isqrt(10 ** 40 + 1))
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(), math.gcd(-12, 18, 30), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
print(math.hypot(), math.hypot(-3), math.hypot(1e200, 1e200), math.hypot(3, 4, 12), math.dist([0, 0, 0], (1, 2, 2)))
print(math.inf, -math.inf, math.nan, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
print(math.copysign(3, -0.0), math.fabs(-0.0), math.fmod(-7, 3), math.remainder(7, 4), math.remainder(5, 2))
print(math.modf(3.25), math.modf(-0.5), math.frexp(0.0), math.frexp(-1024.5), math.ldexp(0.75, 3))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(1e300), math.ulp(0.0))
print(math.erf(0.5), math.erfc(0.5), math.gamma(0.5), math.gamma(5.5), math.lgamma(100.5), math.gamma(-1.5))
print(math.expm1(1e-10), math.log1p(1e-10), math.cbrt(-27), math.exp2(10), math.exp2(0.5))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(math.inf, math.inf), math.pow(-8, 1 / 3) if False else math.pow(2, 0.5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 6), start=10), math.prod(['ab'], start=2) if False else 0)
print(math.degrees(math.pi), math.radians(180), math.tau / 2 == math.pi, math.e)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.pow(1.0, math.nan), math.pow(math.nan, 0), math.pow(-math.inf, 3), math.pow(-math.inf, -3), math.pow(0.5, -math.inf))
