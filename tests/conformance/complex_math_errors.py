# complex: math.* functions reject complex arguments with TypeError; statistics-free sums and builtins that accept or refuse complex
import math
for name in ['sqrt', 'exp', 'log', 'sin', 'floor', 'ceil', 'fabs', 'isnan', 'isfinite', 'trunc', 'log10', 'atan', 'degrees']:
    try:
        print(getattr(math, name)(1j))
    except TypeError as e:
        print(name, 'TypeError', e)
for f in [lambda: math.pow(1j, 2), lambda: math.atan2(1j, 1), lambda: math.hypot(1j), lambda: math.isclose(1j, 1j), lambda: math.fsum([1j]),
          lambda: math.copysign(1j, 1), lambda: math.prod([1j, 2j]), lambda: math.dist([1j], [2j]), lambda: math.ldexp(1j, 2)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
print(sum([1j, 2j, 3]), sum((x * 1j for x in range(5)), 0.5), sum([1 + 1j] * 10, 1j))
print(max([1, 2]), min(3j, key=abs) if False else abs(-3j), sorted([3j, 1j, 2j], key=abs), [x.imag for x in [1j, 2 + 3j]])
for f in [lambda: max(1j, 2j), lambda: sorted([1j, 2j]), lambda: int('1j'), lambda: float('1j'), lambda: range(1j), lambda: [1, 2][abs(1j) * 1j], lambda: '%d' % 1j, lambda: '%f' % 1j, lambda: hex(1j)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print('%s %r %5s' % (1j, 1 + 1j, 2j), bool(0j) or 'zero', 0j or 1j, [complex(i, -i) for i in range(3)])
