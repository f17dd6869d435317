# Frame records behind a top pointer (FrameStack) and the global-load cache:
# deep recursion past the initial record capacity, recursion-limit changes,
# closures and generators entered by the fused call, globals rebound/deleted.
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


sys.setrecursionlimit(5000)
print("deep", depth(3000))          # > 1024 records: the stack grows mid-call
sys.setrecursionlimit(200)
try:
    depth(500)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(5000)
print("deep again", depth(2500))


def make_adder(k):
    def add(x):
        return x + k
    return add


add5 = make_adder(5)
total = 0
for i in range(100):
    total = add5(i)                  # a closure through the fused call
print("closure", total)


def gen(n):
    for i in range(n):
        yield i * i


g = None
for i in range(3):
    g = gen(i + 2)                   # a generator function: not the fast call
print("gen", list(g))


def f(x):
    return x * 2


def h(x):
    return x * 3


r = 0
for i in range(10):
    r = f(i)
    if i == 4:
        f = h                        # same dict entry, new value
print("rebound", r)

for i in range(3):
    r = len([i])
print("builtin", r)


def len(x):                          # a global now shadows the builtin
    return -1


print("shadow", [len(i) for i in [[1], [2]]])
del len
print("unshadowed", len([1, 2, 3]))


def late():
    return undefined_name


for i in range(2):
    try:
        late()
    except NameError as e:
        print("NameError", e)
    undefined_name = 42 if i == 0 else None
    if i == 0:
        print("defined", late())
        del undefined_name


class C:
    def __init__(self, v):
        self.v = v

    def m(self, x):
        return self.v + x


o = C(10)
s = 0
for i in range(50):
    s = o.m(i)
print("method", s)


def boom(x):
    return 1 // x


def outer(x):
    return boom(x)


try:
    for i in range(3, -1, -1):
        outer(i)
except ZeroDivisionError as e:
    tb = e.__traceback__
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("traceback entries", n)
