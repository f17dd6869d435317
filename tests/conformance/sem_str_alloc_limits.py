# Huge padding/expansion widths raise MemoryError/OverflowError as CPython, never abort.
cases = [
    lambda: 'a'.ljust(10**12), lambda: 'a'.rjust(10**12), lambda: 'a'.center(10**12),
    lambda: 'a'.zfill(10**12), lambda: '-a'.zfill(10**12), lambda: 'é'.center(10**12, 'ü'),
    lambda: '\t'.expandtabs(10**12), lambda: 'a\tb\t'.expandtabs(2**40),
    lambda: 'a'.ljust(10**20), lambda: 'x'.center(2**63), lambda: '\t'.expandtabs(2**31),
    lambda: '\t'.expandtabs(-2**31 - 1), lambda: 'a'.ljust(-10**12),
    lambda: '\t'.expandtabs(None), lambda: 'a'.zfill('3'),
]
for f in cases:
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)
# ordinary uses
for ts in (-3, 0, 1, 2, 4, 8):
    print(ts, repr('a\tbc\td\n\te\r\tf\t'.expandtabs(ts)), repr('ü\tx'.expandtabs(ts)))
print(repr('x\ty'.expandtabs(tabsize=3)), repr('\t\t'.expandtabs()))
for w in (-1, 0, 3, 6, 7):
    print(repr('ab'.ljust(w, '*')), repr('ab'.rjust(w)), repr('abc'.center(w, 'é')), repr('-42'.zfill(w)), repr('+x'.zfill(w)))
