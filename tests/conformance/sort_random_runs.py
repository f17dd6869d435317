# Random lists with runs, duplicates, inconsistent (chaos) comparisons and a
# comparison raising at the Nth call: the comparison sequence (count and hash),
# the result and the list left behind match CPython 3.11's timsort.
seed = 20261204
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed >> 8
log = []
class K:
    __slots__ = ("v",)
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        log.append((s.v, o.v))
        if fail_at is not None and len(log) == fail_at:
            raise RuntimeError("boom")
        if chaos:
            return rnd() % 3 == 0
        return s.v < o.v
    def __repr__(s): return str(s.v)
def gen(n, kind):
    if kind == 0: return [rnd() % 1000 for _ in range(n)]
    if kind == 1: return [rnd() % 5 for _ in range(n)]
    if kind == 2:
        out = []
        while len(out) < n:
            r = rnd() % 50 + 1; b = rnd() % 1000
            if rnd() % 2: out.extend(range(b, b + r))
            else: out.extend(range(b + r, b, -1))
        return out[:n]
    if kind == 3: return list(range(n))[::-1]
    if kind == 4 and n:
        xs = list(range(n)); 
        for _ in range(5):
            i = rnd() % n; j = rnd() % n; xs[i], xs[j] = xs[j], xs[i]
        return xs
    return [rnd() % 100 * 3 for _ in range(n)]
for trial in range(60):
    n = [0, 1, 2, 3, 10, 63, 64, 65, 100, 257, 600, 1000][rnd() % 12]
    kind = rnd() % 6
    vals = gen(n, kind)
    chaos = rnd() % 5 == 0
    fail_at = None
    if rnd() % 3 == 0 and n > 1: fail_at = rnd() % (n * 3) + 1
    rev = rnd() % 2 == 0
    usekey = rnd() % 2 == 0
    log = []
    items = [K(v) for v in vals]
    try:
        if usekey:
            items2 = [(v, i) for i, v in enumerate(vals)]
            keyf = lambda t: K(t[0])
            items2.sort(key=keyf, reverse=rev)
            res = [t[1] for t in items2]
        else:
            items.sort(reverse=rev)
            res = [k.v for k in items]
        out = "ok"
    except RuntimeError as e:
        out = "err"
        res = [t[1] for t in items2] if usekey else [k.v for k in items]
    h = 0
    for a, b in log:
        h = (h * 1000003 + a * 7919 + b) % (1 << 61)
    r = 0
    for x in res: r = (r * 1000003 + x) % (1 << 61)
    print(trial, n, kind, chaos, fail_at, rev, usekey, out, len(log), h, r)

# Plain values (the native paths) against the same data through __lt__.
for kind in range(6):
    vals = gen(1000, kind)
    fl = [v / 7.0 for v in vals]
    st = ["k%05d" % v for v in vals]
    chaos = False
    fail_at = None
    assert sorted(vals) == [k.v for k in sorted(K(v) for v in vals)]
    print(kind, sorted(vals)[::97], sorted(fl, reverse=True)[::131], sorted(st)[::211])
    tv = [(v % 3, v) for v in vals]
    print(sorted(tv, key=lambda t: t[0])[:5], sorted(tv, reverse=True)[:5])
