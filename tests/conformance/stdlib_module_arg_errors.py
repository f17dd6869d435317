# Argument-count and type errors of math/time/sys/random functions carry CPython's exact messages.
import math, time, sys, random
tests = [lambda: math.sqrt(), lambda: math.pow(1), lambda: math.log(), lambda: math.log(1, 2, 3), lambda: math.hypot(x=1),
         lambda: math.floor(1, 2), lambda: time.time(1), lambda: time.sleep(), lambda: math.atan2(1), lambda: math.isqrt(),
         lambda: math.factorial(), lambda: math.gcd(x=1), lambda: math.comb(1), lambda: math.perm(), lambda: math.fsum(),
         lambda: math.prod(), lambda: math.dist([1]), lambda: math.ldexp(1), lambda: math.isclose(1), lambda: math.copysign(1),
         lambda: sys.exit(1, 2), lambda: sys.getrecursionlimit(1), lambda: time.perf_counter(1), lambda: math.trunc(),
         lambda: math.ceil(), lambda: math.isinf(), lambda: math.frexp(), lambda: math.modf(1, 2), lambda: math.nextafter(1),
         lambda: math.ulp(), lambda: math.remainder(1), lambda: math.fmod(1), lambda: math.lcm(1.5), lambda: math.sqrt(None),
         lambda: math.exp('1'), lambda: random.random(1), lambda: random.getrandbits()]
for t in tests:
    try:
        t()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
