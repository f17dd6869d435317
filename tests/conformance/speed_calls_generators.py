# Generator resume/suspend fast paths: handled-exception stack saved only when
# non-empty, closed early, send/throw, yield from, recursion, exceptions.
import sys


def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1
    return "done"


g = counter(10)
print(next(g), next(g), g.send(7), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(list(counter(3)))

# closed early: finally runs, GeneratorExit seen
def guarded(log):
    try:
        for i in range(100):
            yield i
    except GeneratorExit:
        log.append("exit")
        raise
    finally:
        log.append("finally")


log = []
g = guarded(log)
print(next(g), next(g))
g.close()
print(log)
g.close()
print(list(g))

# yield inside except: the handled exception survives the suspension
def in_except():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
        try:
            raise ValueError("inner")
        except ValueError:
            yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


g = in_except()
print(next(g))
print(sys.exc_info()[0])
print(list(g))

# throw: caught inside, raised through, into a just-started / finished one
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "caught " + str(e)


g = catcher()
print(next(g), g.throw(ValueError("a")), next(g), g.throw(ValueError, "b"))
try:
    g.throw(KeyError("c"))
except KeyError as e:
    print("KeyError", e)
try:
    next(g)
except StopIteration:
    print("finished after throw")
g2 = catcher()
try:
    g2.throw(IndexError("early"))
except IndexError as e:
    print("IndexError", e)

# yield from: values, send, throw and return value pass through
def inner():
    x = yield 1
    y = yield x * 10
    return x + y


def outer():
    r = yield from inner()
    yield "inner returned %d" % r
    r2 = yield from [7, 8]
    yield r2


g = outer()
print(next(g), g.send(2), g.send(3), next(g), next(g), next(g))


def thrower():
    try:
        yield from catcher()
    except KeyError:
        yield "outer caught"


g = thrower()
print(next(g), g.throw(ValueError("x")), next(g), g.throw(KeyError("y")))

# recursive generators (nqueens-like) and recursion to RecursionError
def walk(n):
    if n == 0:
        yield ()
        return
    for rest in walk(n - 1):
        for v in (0, 1):
            yield (v,) + rest


print(sum(1 for _ in walk(8)), next(walk(3)))


def deep(n):
    yield from deep(n + 1)
    yield n


try:
    next(deep(0))
except RecursionError as e:
    print("RecursionError", e)


def deep_for(n):
    for x in deep_for(n + 1):
        yield x
    yield n


try:
    print(next(deep_for(0)))
except RecursionError as e:
    print("RecursionError", e)

# methods that are generators, generators calling methods
class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = kids

    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()


t = Tree(1, (Tree(2, (Tree(3),)), Tree(4)))
print(list(t.walk()), sum(t.walk()))

# StopIteration raised inside a generator becomes RuntimeError
def bad():
    yield 1
    raise StopIteration("x")


try:
    print(list(bad()))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

# a generator that is running cannot be resumed
def selfref():
    yield me.send(None)


me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)

# many live generators interleaved, resumed alternately
gens = [counter(5) for _ in range(4)]
out = []
for step in range(5):
    for g in gens:
        out.append(next(g))
print(out)

# generator expressions with closures over loop variables
fs = [(lambda k: (x * k for x in range(3)))(k) for k in range(3)]
print([list(f) for f in fs])
