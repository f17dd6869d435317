# Generators resumed from native code (any/all/sum/sorted/list) inside loops
# that allocate: collections deferred while a native resumes a generator must
# run once back in the loop, and nothing live may be freed.


def pipeline(n):
    out = []
    for i in range(n):
        row = [i, str(i), (i, i + 1)]
        if any(v == i + 1 for v in row[2]):
            out.append(row)
        if all(isinstance(x, int) for x in row[:1]) and i % 997 == 0:
            out.append(sum(x for x in range(i % 50)))
    return out


res = pipeline(20000)
print(len(res), res[0], res[-1], res[1234])


def gen_allocating(n):
    for i in range(n):
        yield [i] * 3, "s%d" % i


total = 0
keep = []
for k in range(30):
    total += sum(len(a) + len(s) for a, s in gen_allocating(300))
    keep.append(max(gen_allocating(50), key=lambda t: t[1]))
print(total, keep[0], keep[-1][1])


def chain(depth, n):
    if depth == 0:
        yield from ({"v": i} for i in range(n))
    else:
        for d in chain(depth - 1, n):
            d["v"] += 1
            yield d


print(sum(d["v"] for d in chain(6, 5000)), sorted(chain(3, 4), key=lambda d: -d["v"])[:2])
