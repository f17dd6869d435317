class S(str): pass
for s in ["", "a", "ab ", "é", "𝔘x", S("sub")]:
    for n in [-1, 0, 1, 2, 3, 7]:
        r = s * n
        print(repr(r), len(r), repr(n * s), type(r).__name__, end="; ")
    print()
print(len("abc" * 100000), ("x" * 5)[::2], "" * 10**12 == "", ("ab" * 3).count("ab"))
try:
    "ab" * (2**62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
