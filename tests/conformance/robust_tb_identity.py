# Traceback objects keep their identity: e.__traceback__ returns the same
# chain each time, re-raising prepends new objects to the old ones,
# with_traceback / __traceback__ = replace the chain.
import sys


def lines(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def chain(tb):
    out = []
    while tb is not None:
        out.append(tb)
        tb = tb.tb_next
    return out


def inner():
    1 / 0


def middle():
    inner()


# 1. identity of the head and of every tb_next
try:
    middle()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print("same head", tb is e.__traceback__)
    print("same next", tb.tb_next is e.__traceback__.tb_next)
    print("same chain", all(a is b for a, b in zip(chain(tb), chain(e.__traceback__))))
    print("exc_info", sys.exc_info()[2] is tb)
    print("lines", lines(tb))
    print("type", type(tb).__name__, tb.tb_next.tb_next.tb_next is None)
    saved = e


# 2. re-raise from another frame: new objects in front, the old ones kept
def reraise(exc):
    raise exc


old = chain(saved.__traceback__)
try:
    reraise(saved)
except ZeroDivisionError as e:
    new = chain(e.__traceback__)
    print("reraise", lines(e.__traceback__), len(new) - len(old))
    print("old kept", all(a is b for a, b in zip(new[-len(old):], old)))
    print("old head now after", new[len(new) - len(old) - 1].tb_next is old[0])

# 3. bare raise in a nested handler, caught one level up
def bare():
    try:
        middle()
    except ZeroDivisionError as e:
        first = e.__traceback__
        try:
            raise
        except ZeroDivisionError as e2:
            print("bare same", e2.__traceback__ is first, lines(first))
        raise


try:
    bare()
except ZeroDivisionError as e:
    print("bare outer", lines(e.__traceback__))

# 4. with_traceback(None) and __traceback__ = None
try:
    middle()
except ZeroDivisionError as e:
    r = e.with_traceback(None)
    print("with None", r is e, e.__traceback__)
    try:
        raise e
    except ZeroDivisionError as e2:
        print("raised again", lines(e2.__traceback__))
    e.__traceback__ = None
    print("set None", e.__traceback__)

# 5. with_traceback(tb of another exception)
try:
    middle()
except ZeroDivisionError as e:
    other_tb = e.__traceback__
x = ValueError("v")
print("fresh", x.__traceback__)
print("with tb", x.with_traceback(other_tb) is x, x.__traceback__ is other_tb, lines(x.__traceback__))
try:
    raise x
except ValueError as e:
    t = e.__traceback__
    print("raise with tb", lines(t), t.tb_next is other_tb)
x.__traceback__ = other_tb.tb_next
print("set tb", x.__traceback__ is other_tb.tb_next, lines(x.__traceback__))

# 6. bad values
for bad in (5, "tb", [], ValueError()):
    try:
        x.with_traceback(bad)
    except TypeError as err:
        print("with_traceback", type(bad).__name__, err)
    try:
        x.__traceback__ = bad
    except TypeError as err:
        print("setter", type(bad).__name__, err)
print("unchanged", x.__traceback__ is other_tb.tb_next)


# 7. generators: raised inside, caught outside; throw()
def gen():
    yield 1
    inner()


g = gen()
next(g)
try:
    next(g)
except ZeroDivisionError as e:
    t = e.__traceback__
    print("gen", lines(t), t is e.__traceback__)


def gen2():
    try:
        yield 1
    except KeyError:
        raise ValueError("from gen")


g = gen2()
next(g)
try:
    g.throw(KeyError("k"))
except ValueError as e:
    t = e.__traceback__
    print("throw", lines(t), t is e.__traceback__, type(e.__context__).__name__)
    print("context tb", lines(e.__context__.__traceback__))

# 8. through native code (map, sorted key)
def bad_key(v):
    return 1 / 0


try:
    sorted([1, 2], key=bad_key)
except ZeroDivisionError as e:
    t = e.__traceback__
    print("sorted", lines(t), t is e.__traceback__)
try:
    list(map(bad_key, [1]))
except ZeroDivisionError as e:
    print("map", lines(e.__traceback__))

# 9. eval / exec
try:
    eval("1/0")
except ZeroDivisionError as e:
    t = e.__traceback__
    print("eval", lines(t), t is e.__traceback__)
try:
    exec("def h():\n    return [][1]\nh()\n")
except IndexError as e:
    t = e.__traceback__
    print("exec", lines(t), t is e.__traceback__)
try:
    exec("x = 1\nraise KeyError(x)")
except KeyError as e:
    print("exec raise", lines(e.__traceback__))

# 10. chained: __context__ and __cause__ keep their own chains
try:
    try:
        middle()
    except ZeroDivisionError as e:
        ctx_tb = e.__traceback__
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print("cause", e.__cause__.__traceback__ is ctx_tb, lines(e.__traceback__), lines(e.__cause__.__traceback__))

# 11. traceback read in a finally while the exception propagates, then again
def fin():
    try:
        middle()
    finally:
        print("in finally", sys.exc_info()[0])


try:
    fin()
except ZeroDivisionError as e:
    a = e.__traceback__
    print("finally", lines(a), a is e.__traceback__)

# 12. the same exception raised in a loop: the chain grows each time
err = KeyError("loop")
heads = []
for i in range(3):
    try:
        reraise(err)
    except KeyError as e:
        heads.append(e.__traceback__)
print("loop", [len(chain(h)) for h in heads], heads[1].tb_next.tb_next is heads[0])
