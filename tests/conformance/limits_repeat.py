# Absurd sequence repeats raise MemoryError / OverflowError (no abort).
cases = [
    lambda: [0] * 10**12,
    lambda: 'x' * 10**15,
    lambda: b'x' * 10**15,
    lambda: (0,) * 10**12,
    lambda: ' ' * (2**62),
    lambda: ' ' * (2**63),
    lambda: 10**12 * [1, 2],
    lambda: [None] * -1,
    lambda: 'ab' * -5,
    lambda: b'ab' * 0,
    lambda: (1, 2) * 3,
    lambda: 'é' * 3,
    lambda: [1] * True,
]
for f in cases:
    try:
        r = f()
        print('ok', r)
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
