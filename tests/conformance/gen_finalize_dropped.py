# a dropped generator suspended in try/finally or with is closed when collected (CPython: at once; here at the next collection, forced by allocation); unstarted/handler-less ones run nothing; yield from closes the delegate; except GeneratorExit runs
def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)


def w():
    with CM():
        yield 1


def plain():
    try:
        pass
    finally:
        print("plain finally")
    yield 1
    yield 2


def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise


def outer():
    yield from g("inner")


def pressure():
    # Enough allocation for a few collections (64 MB of lists).
    for i in range(80):
        junk = [i] * 100000


it = g("a")
next(it)
it = None
pressure()
print("after a")
next(g("b"))
pressure()
print("after b")
x = w()
next(x)
del x
pressure()
print("after w")
p = plain()
next(p)
del p
pressure()
print("after plain")
u = g("unstarted")
del u
pressure()
print("after unstarted")
d = g("done")
for _ in d:
    pass
del d
pressure()
print("after done")
c = catcher()
next(c)
del c
pressure()
print("after catcher")
o = outer()
next(o)
del o
pressure()
print("after outer")
keep = g("kept")
next(keep)
pressure()
print("kept alive:", next(keep))
keep.close()
print("end")
