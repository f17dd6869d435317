# expect-error
# An exception raised with the traceback of a caught one (with_traceback) and
# re-raised from a generator and through eval: the top level prints every entry.
def inner():
    1 / 0


def middle():
    inner()


def gen(tb):
    yield 1
    raise ValueError("late").with_traceback(tb)


def top():
    try:
        middle()
    except ZeroDivisionError as e:
        saved_tb = e.__traceback__
    g = gen(saved_tb)
    next(g)
    eval("next(g)", {"g": g})


top()
