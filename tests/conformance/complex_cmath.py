# cmath: every function on the special values (signed zeros, inf, nan) and ordinary/huge/tiny values, log base, constants, isclose, argument conversion and errors
import cmath
inf, nan = float('inf'), float('nan')
reps = [-inf, -2.5, -0.0, 0.0, 0.75, inf, nan]
fs = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']
for name in fs:
    f = getattr(cmath, name)
    out = []
    for a in reps:
        for b in reps:
            try:
                out.append(repr(f(complex(a, b))))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__)
    print(name, ' '.join(out))
for a in reps:
    out = []
    for b in reps:
        try:
            out.append(repr(cmath.rect(a, b)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print('rect', ' '.join(out))
vals = [1+2j, -3.5+0.25j, 0.5-0.5j, 1e-310+1e-310j, 1e300+1e300j, -1e308-1e308j, 1+0j, -1+0j, 2j, -0.3j, 0.7+0.7j, 1.0000001+1e-9j, 1e-20+1j, 710+1j, -710+2j, 20+1j, 1e160+1e-160j, 5e-324j]
for name in fs + ['phase', 'polar', 'isfinite', 'isinf', 'isnan']:
    f = getattr(cmath, name)
    out = []
    for z in vals:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(-1, 10), cmath.log(100+0j, 10))
for args in [(0, 2), (2, 1), (0, 0), (2, 0), (inf, 2)]:
    try:
        print(cmath.log(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(1j, 1.01j, abs_tol=0.1), cmath.isclose(complex(inf, 0), complex(inf, 0)), cmath.isclose(nan, nan))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(True), cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1j), cmath.rect(2, cmath.pi / 2))
class F:
    def __float__(self): return 0.25
class C:
    def __complex__(self): return 1j
class MC(complex): pass
print(cmath.sqrt(F()), cmath.sqrt(C()), cmath.exp(MC(1, 1)))
for f in [lambda: cmath.sqrt('a'), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.log(1, 2, 3), lambda: cmath.rect(1), lambda: cmath.isclose(1, 2, 3),
          lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.sqrt(10**400), lambda: cmath.exp(1000), lambda: cmath.polar(complex(1e308, 1e308)), lambda: cmath.sqrt(x=1), lambda: cmath.log('x')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
# near the overflow-avoiding thresholds (log(DBL_MAX/4), sqrt(DBL_MAX/4))
for z in [708.5 + 1j, 708.9 - 2j, -708.7 + 0.5j, 709.5 + 3j, 710.2 + 1e-3j]:
    for f in (cmath.exp, cmath.cosh, cmath.sinh, cmath.tanh, cmath.cos, cmath.sin):
        try:
            print(f(z), f(z * 1j))
        except OverflowError as e:
            print('OverflowError', e)
for z in [6.8e153 + 1j, 6.6e153 - 1j, 1 + 6.8e153j, 4.5e307 + 1j, 1 - 4.4e307j]:
    print(cmath.atanh(z), cmath.acos(z), cmath.asinh(z), cmath.log(z), cmath.sqrt(z))
