# A repeat count past 64 bits raises OverflowError for str, list, tuple and
# bytes, negative as well as positive; small negative counts give empty.
for seq in ("ab", [1], (1,), b"x"):
    for n in (-(10**30), 10**30, -(2**63), 2**63, -(2**63) - 1):
        for r in (lambda: seq * n, lambda: n * seq):
            try:
                print(repr(r()))
            except (OverflowError, MemoryError) as e:
                print(type(e).__name__, e)
    print(repr(seq * -5), repr(seq * 0), repr(seq * True))
