def g(n):
    try:
        yield 1
    finally:
        print("fin", n)
x = g(1); next(x)
y = g(2)
z = g(3); next(z); next(z, None)
def h():
    with open("/dev/null") as f:
        yield 1
w = h(); next(w)
print("end")
import sys
def k():
    try:
        yield 1
    finally:
        print("fin k at exit")
v = k(); next(v)
sys.exit(0)
