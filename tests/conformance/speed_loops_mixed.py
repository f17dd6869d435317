# Mixed int/float add, sub, mul (and in-place) on the fast path: the int is
# converted as CPython's float(i); ints past 2**53, signed zeros, inf, huge.

vals = [0, 1, -1, 2**53, 2**53 + 1, 2**61 - 1, -(2**61), 3, 7]
fl = [0.0, -0.0, 0.5, 1e300, -1e300, 1e-300, float("inf"), float("-inf"), 2.0**53, 1e16, 3.25]
out = []
for a in vals:
    for b in fl:
        for x, y in ((a, b), (b, a)):
            r = []
            for f in (lambda p, q: p + q, lambda p, q: p - q, lambda p, q: p * q):
                try:
                    r.append(repr(f(x, y)))
                except Exception as e:
                    r.append(type(e).__name__)
            t = x
            t += y
            r.append(repr(t))
            t -= y
            r.append(repr(t))
            out.append(" ".join(r))
print(len(out))
for line in out:
    print(line)
print(float("nan") + 1, 1 - float("nan"))

# truediv with one int operand
for a in vals:
    for b in fl:
        for x, y in ((a, b), (b, a)):
            try:
                print(repr(x / y), end=" ")
            except ZeroDivisionError as e:
                print("ZeroDivisionError", e, end=" ")
print()
