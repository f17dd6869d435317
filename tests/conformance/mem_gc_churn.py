# survivors among lots of garbage keep their values across collections (the collector's registry compacts them across its chunks); built with native loops so GC stress runs stay short
rounds = []
for rnd in range(4):
    base = rnd * 30000
    strs = list(map(str, range(base, base + 30000)))
    pairs = list(zip(strs, range(base, base + 30000)))
    rounds.append(pairs[rnd::7])
    strs = pairs = None
    junk = list(map(repr, map(float, range(40000))))
    junk = None
for keep in rounds:
    s, n = zip(*keep)
    print(len(keep), keep[0], keep[-1], list(map(str, n)) == list(s), sum(map(len, s)))
rounds = rounds[1:3]
more = list(zip(map(str, range(50000)), map(hex, range(50000))))[-2:]
print(more, len(rounds[0]) + len(rounds[1]), rounds[1][-1])
