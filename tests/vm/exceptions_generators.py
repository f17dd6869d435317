import sys
def outer():
    try:
        inner()
    except Exception as e:
        raise RuntimeError("wrapped") from e

def inner():
    d = {}
    return d["missing"]

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")

g = gen()
print(next(g))
g.close()
print("closed")

def chain():
    try:
        outer()
    except RuntimeError as e:
        print("cause:", repr(e.__cause__), e.__suppress_context__)
chain()

class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True
with Ctx() as c:
    raise ValueError("suppressed")
print("after with")

def fin():
    try:
        return 1
    finally:
        print("finally runs")
print(fin())

def loop_fin():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
loop_fin()

try:
    try:
        raise TypeError("a")
    except TypeError:
        raise ValueError("b")
except ValueError as e:
    print(repr(e.__context__))

def thrower():
    try:
        yield 1
    except KeyError as e:
        print("got", repr(e))
        yield 2
t = thrower()
next(t)
print(t.throw(KeyError("x")))

def sub():
    x = yield 1
    print("sub got", x)
    return "ret"
def deleg():
    r = yield from sub()
    print("deleg got", r)
    yield 99
d = deleg()
print(next(d))
print(d.send("hello"))
print(sys.exc_info()[0])
