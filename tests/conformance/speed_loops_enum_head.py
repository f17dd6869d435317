# Back-edges to a quickened `for i, x in enumerate(seq)` head (control.rs
# loop_nc_enum2 runs the head's list/tuple step inline): lists growing and
# shrinking while iterated, tuples, other iterables, counters past the
# small-int range, early exits.


def total(seq, start=0):
    t = 0
    c = 0
    for i, x in enumerate(seq, start):
        t = t + i * x
        c = c + 1
    return t, c


print(total(list(range(20000))))
print(total(tuple(range(20000))))
print(total(x for x in range(20000)))
print(total(range(5000)))
print(total([1.5] * 5000))
print(total([3] * 5000, 1000))
print(total([], 5))

l = list(range(100))
seen = 0
for i, x in enumerate(l):
    if i < 3000:
        l.append(i)
    seen = seen + 1
print(seen, len(l))

l = list(range(5000))
seen = 0
for i, x in enumerate(l):
    if i % 2 == 0:
        l.pop()
    seen = seen + 1
print(seen, len(l))


def find(seq, v):
    for i, x in enumerate(seq):
        if x == v:
            return i
    return -1


print(find(list(range(30000)), 29999), find(list(range(300)), -5), find("abc" * 3000, "c"))
for k in range(3):
    src = [k] * 4000 if k != 1 else iter([k] * 4000)
    s = 0
    for i, x in enumerate(src):
        s = s + i + x
    print(s)
