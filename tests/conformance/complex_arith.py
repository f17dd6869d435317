# complex: + - * / ** with int/float/bool/complex in both orders, CPython's c_quot/c_pow, signed zeros, inf/nan, errors
inf, nan = float('inf'), float('nan')
vals = [1j, 2 + 3j, -1.5 + 0.5j, complex(0.0, -0.0), complex(-0.0, 0.0), 3, -2, True, 0.5, -0.0]
for a in vals:
    row = []
    for b in vals:
        if not isinstance(a, complex) and not isinstance(b, complex):
            continue
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
        try:
            row.append(a / b)
        except ZeroDivisionError as e:
            row.append(str(e))
    print(row)
# division: Smith's algorithm and its rounding
print((1 + 2j) / (3 + 4j), (1e300 + 1e300j) / (1e300 + 1e300j), 1 / (1e-320 + 1e-320j), (1 + 1j) / (inf + 1j), (1 + 1j) / complex(nan, 1))
print((3 + 4j) / 2, 2 / (3 + 4j), 1j / 1j, 1j / -1j, (0.1 + 0.2j) / (0.3 + 0.7j))
# mixed-mode products follow 3.11 (the real operand becomes complex(x, 0))
print(complex(inf, 0) * 2, 2 * complex(inf, 1), complex(inf, nan) + 1, complex(1e308, 1e308) * 10)
# powers: integer exponents by squaring, others by polar form
for b, e in [(1j, 2), (1j, 3), (1 + 1j, 10), (2 + 3j, -2), (1j, 0), (0j, 0), (0j, 1), (0j, 2.5), (2, 1j), (1j, 1j),
             (1 + 1j, 0.5), (-1, 0.5 + 0j), (1.5 - 2j, 100), (1.0001 + 0j, 101), (3j, -1.5), (-8, 1 / 3), (-8.0, 0.5),
             (-1, 1.5), (-2.5, -0.75), (1e-200j, 1), (0j, 0j)]:
    try:
        print(b, '**', e, '=', b ** e, pow(b, e))
    except (ZeroDivisionError, OverflowError) as ex:
        print(b, '**', e, type(ex).__name__, ex)
for b, e in [(0j, -1), (0j, 1j), (0j, -2.5), (1e-200j, -2), (1e200 + 1e200j, 2), (complex(inf, 0), 2), (10j, 400.5), (1 + 1j, complex(inf, 0))]:
    try:
        print(b ** e)
    except (ZeroDivisionError, OverflowError) as ex:
        print(type(ex).__name__, ex)
# unary and abs
print(-(1 + 2j), +(1 - 2j), -complex(0.0, 0.0), -0j, abs(3 + 4j), abs(-1j), abs(complex(inf, nan)), abs(complex(nan, -inf)), abs(complex(nan, 1)), abs(0j))
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print('OverflowError', e)
# in-place
z = 1j
z += 1
z *= 2j
z -= 0.5
z /= 2
z **= 2
print(z)
print(sum([1j, 2, 3.5, 1 - 1j]), sum([1j, 1j], 1j), sum([0.5, 1j]))
# errors
for f in [lambda: 1j / 0, lambda: 1j / 0j, lambda: 1 / 0j, lambda: 1.5 / complex(0, -0.0), lambda: 1j // 1, lambda: 1 // 1j,
          lambda: 1j % 2, lambda: 2.5 % 1j, lambda: divmod(1j, 1), lambda: divmod(1, 1j), lambda: int(1j), lambda: float(1j),
          lambda: round(1j), lambda: ~1j, lambda: 1j & 1, lambda: 1j << 1, lambda: 1j + 'a', lambda: 'a' + 1j, lambda: [1] * 1j,
          lambda: 1j * [1], lambda: 1j + None, lambda: 10 ** 400 + 1j, lambda: 1j ** 'x', lambda: 1j @ 1j]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
