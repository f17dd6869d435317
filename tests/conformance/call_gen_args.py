# Generator functions (and other calls bound by frame::bind) called with
# exactly their positional parameters, with closures, defaults, keywords,
# and the argument errors.


def counter(lo, hi):
    while lo < hi:
        yield lo
        lo += 1


def outer(k):
    seen = []

    def walk(row, acc):
        seen.append(row)
        if row == k:
            yield acc
            return
        for c in range(2):
            yield from walk(row + 1, acc * 2 + c)

    return list(walk(0, 0)), len(seen)


def with_defaults(a, b=10, *, c=5):
    yield a + b + c


def star(*args, **kw):
    yield args, sorted(kw.items())


def empty():
    yield 1


print(list(counter(2, 6)), list(counter(5, 5)))
print(outer(3))
print(list(with_defaults(1)), list(with_defaults(1, 2)), list(with_defaults(1, c=0)), list(with_defaults(a=3, b=4)))
print(list(star()), list(star(1, 2, x=3)))
print(list(empty()))
for bad in [lambda: counter(1), lambda: counter(1, 2, 3), lambda: counter(1, hi=2, lo=3), lambda: empty(1), lambda: with_defaults()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
g = counter(0, 3)
print(next(g), g.send(None), list(g))
