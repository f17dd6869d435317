# for a, b in enumerate(seq) (iter::for_enum2 quickening under --no-jit):
# lists, tuples, start values, mutation while iterating, non-sequences,
# unpack errors, big starts, break/continue and reuse with other iterables.


def pairs(it):
    out = []
    for i, x in it:
        out.append((i, x))
    return out


print(pairs(enumerate([10, 20, 30])))
print(pairs(enumerate((1, 2))))
print(pairs(enumerate([], 5)))
print(pairs(enumerate("ab", 3)))
print(pairs(enumerate(range(3), -2)))
print(pairs(enumerate([1, 2], 2**61 - 2)))
print(pairs([(1, 2), (3, 4)]))
print(pairs(enumerate(x for x in "xyz")))
print(pairs(zip([1, 2], "ab")))
print(pairs({1: 2, 3: 4}.items()))


def grow():
    xs = [1, 2, 3]
    seen = []
    for i, x in enumerate(xs):
        seen.append(i)
        if i < 5:
            xs.append(x)
    return seen, xs


print(grow())


def shrink():
    xs = list(range(10))
    seen = []
    for i, x in enumerate(xs):
        seen.append((i, x))
        del xs[0]
    return seen


print(shrink())


def bad():
    try:
        for a, b in [(1, 2), (3,)]:
            pass
    except ValueError as e:
        print("ValueError", e)
    try:
        for a, b in enumerate([1]):
            for c, d in enumerate([a]):
                print(a, b, c, d)
        for a, b in [1]:
            pass
    except TypeError as e:
        print("TypeError", e)


bad()


def loop_many(n):
    total = 0
    for r in range(n):
        for i, x in enumerate([5, 6, 7]):
            if x == 6:
                continue
            total += i * x
            if i > 5:
                break
    return total


print(loop_many(2500))


def same_site(its):
    res = []
    for it in its:
        for a, b in it:
            res.append(a + b)
    return res


print(same_site([enumerate([1, 2]), [(5, 5)], enumerate((3,)), zip("ab", "cd")] * 400)[-6:])
it = enumerate([1, 2, 3])
for i, x in it:
    if i == 1:
        break
print(list(it))
