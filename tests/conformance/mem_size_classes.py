# objects of every size class (strs and tuples from 16 bytes past the 512-byte page limit) survive collections among garbage of the same sizes, and concatenations of ASCII and non-ASCII strs keep their text
keep = []
for n in range(0, 620, 7):
    keep.append("k" * n)
    keep.append(tuple(range(n // 8)))
    junk = ["j" * n for _ in range(30)]
    junk2 = [tuple(range(n // 8)) for _ in range(30)]
churn = 0
for rnd in range(3):
    garbage = list(map(str, range(20000)))
    churn += len(garbage[-1])
    pairs = [(a, a) for a in garbage[::50]]
    churn += len(pairs)
ok = all(keep[2 * i] == "k" * (7 * i) for i in range(len(keep) // 2))
ok2 = all(keep[2 * i + 1] == tuple(range(7 * i // 8)) for i in range(len(keep) // 2))
print(len(keep), ok, ok2, churn)
parts = ["", "a", "abc", "é", "€uro", "😀", "x" * 13, "ñ" * 9]
out = []
for p in parts:
    for q in parts:
        s = p + q
        out.append((len(s), s == "".join([p, q]), s[-1:] == (q or p)[-1:]))
print(out[:8])
print(sum(n for n, _, _ in out), all(e for _, e, _ in out), all(t for _, _, t in out))
big = "é" * 300 + "a" * 300
print(len(big + big), (big + "z")[-2:], len(keep[-2]), len(keep[-1]))
