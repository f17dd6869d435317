# sys.setrecursionlimit/getrecursionlimit: lowering, raising, argument errors, "too low for the current depth", deep recursion past the initial frame capacity
import sys


def f(n):
    if n == 0:
        return 0
    return f(n - 1) + 1


class C:
    def m(self, n):
        return 0 if n == 0 else self.m(n - 1) + 1


def maxdepth():
    n = 0

    def g(k):
        nonlocal n
        n = k
        g(k + 1)

    try:
        g(1)
    except RecursionError as e:
        print("RecursionError:", e)
    return n


print(sys.getrecursionlimit())
sys.setrecursionlimit(60)
print(sys.getrecursionlimit())
for fn in (f, C().m):
    try:
        fn(100)
    except RecursionError as e:
        print("caught", e)
print(f(50), C().m(50))
print(maxdepth())
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit(), f(100), C().m(100))
print(maxdepth())
for bad in [0, -5, -2 ** 70, 2 ** 31, 2 ** 64, 1.5, "x", None]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit())


def low(k, limit):
    if k == 0:
        try:
            sys.setrecursionlimit(limit)
            print("set", sys.getrecursionlimit())
        except RecursionError as e:
            print("RecursionError:", e)
        return
    low(k - 1, limit)


low(30, 10)
low(30, 33)
low(30, 34)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
for bad in [1, 2]:
    try:
        sys.setrecursionlimit(bad)
    except RecursionError as e:
        print("RecursionError:", e)
sys.setrecursionlimit(20000)
print(f(5000), C().m(5000))
print(maxdepth() > 19000)
sys.setrecursionlimit(100)
print(f(90))
try:
    f(200)
except RecursionError as e:
    print("caught", e)
print(sys.getrecursionlimit())
