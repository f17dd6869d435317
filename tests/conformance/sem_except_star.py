# except*: matching by split, nested groups, bare exceptions wrapped, handlers raising / re-raising, rest re-raised in the original's shape, else/finally, sys.exc_info, type checks
import sys

def show(e, indent=""):
    print(indent + repr(e))

def run(f):
    try:
        f()
        print("no exception")
    except BaseException as e:
        print("escaped:", repr(e))
        return e

def f1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("V", repr(e), sys.exc_info()[1] is e)
    except* TypeError as e:
        print("T", repr(e))
run(f1)

def f2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled V")
run(f2)

def f3():
    try:
        raise ValueError("bare")
    except* ValueError as e:
        print("wrapped", repr(e), type(e).__name__)
run(f3)

def f4():
    try:
        raise ValueError("bare")
    except* ValueError:
        raise
e = run(f4)

def f5():
    try:
        raise KeyError("k")
    except* ValueError:
        print("not here")
run(f5)

def f6():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("boom")
    except* TypeError:
        raise
e = run(f6)
for x in e.exceptions:
    print("  ", repr(x), repr(x.__context__))

def f7():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print("V", repr(e))
    except* TypeError as e:
        print("T", repr(e))
run(f7)

def f8():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as e:
        print("both", repr(e))
    else:
        print("else")
    finally:
        print("finally")
run(f8)

def f9():
    try:
        print("body")
    except* ValueError:
        print("no")
    else:
        print("else runs")
run(f9)

def f10():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
run(f10)

def f11():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* int:
        pass
run(f11)

def f12():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
    except* ValueError as e:
        try:
            raise
        except* ValueError as inner:
            print("inner", repr(inner))
run(f12)

def f13():
    for i in range(3):
        try:
            if i == 1:
                raise ExceptionGroup("eg", [OSError(i)])
        except* OSError as e:
            print("iteration", i, repr(e))
            for j in range(5):
                if j == 1:
                    break
                continue
    return "done"
print(f13())

def f14():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt:
        print("kbd")
e = run(f14)

def f15():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("a")
    except* TypeError:
        raise KeyError("b")
e = run(f15)
print([repr(x) for x in e.exceptions])

x = 0
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as err:
    x = 1
print(x, "err" in dir())
