# An exception raised in the 500th iteration and caught outside the loop.
def f(n):
    total = 0
    for i in range(n):
        if i == 500:
            raise ValueError("boom at %d" % i)
        total = total + i
    return total

try:
    f(1000)
except ValueError as e:
    print("caught", e)

def g():
    d = {}
    i = 0
    try:
        while i < 1000:
            i = i + 1
            if i == 500:
                d["missing"]
    except KeyError as e:
        print("key", e, i)

g()

def h():
    out = 0
    for i in range(2000):
        try:
            out = out + 10 // (i - 700)
        except ZeroDivisionError:
            out = out + 1000
    return out

print(h())
x = 0
try:
    for i in range(1000):
        x = x + i
        if i == 499:
            x = x + None
except TypeError as e:
    print("type", e, x)
