# for-over-range specialisation (unboxed cursor): edge cases must match CPython.
import sys

def total(r):
    t = 0
    for i in r:
        t = t + i
    return t

def lst(r):
    out = []
    for i in r:
        out.append(i)
    return out

print(total(range(10)), total(range(0)), total(range(5, 0)), total(range(-5, 5)))
print(total(range(0, 100, 7)), total(range(100, 0, -7)), total(range(10, -10, -1)))
big = 2**61
print(lst(range(big - 3, big + 2)))
print(lst(range(-big - 2, -big + 2)))
print(lst(range(big - 5, big - 1, 2)))
print(lst(range(1, 100, 2**60)), lst(range(0, 2**62, 2**61)))
print(lst(range(2**62, 2**62 + 3)), lst(range(-2**62 - 3, -2**62)))
print(lst(range(sys.maxsize - 2, sys.maxsize)))
for i in range(3):
    pass
else:
    print("else", i)
for i in range(0):
    pass
print(i)
for i in range(10):
    if i == 4:
        break
print("break", i)
def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(5)), sum(gen(1000)))
# the loop variable rebound inside the body does not change the iteration
out = []
for i in range(5):
    out.append(i)
    i = 100
print(out)
# nested loops sharing registers, comprehension inside a for
acc = 0
for i in range(30):
    for j in range(i, 40, 3):
        acc += i * j
    acc += sum([k for k in range(i)])
print(acc)
# module-level (globals) loop long enough for the JIT threshold
s = 0
for i in range(5000):
    s += i
print(s)
# range bound to a name, iterated twice
r = range(3, 12, 4)
print([x for x in r], [x for x in r], total(r))
# a non-range iterable in the same loop shape
for it in ([1, 2], (3, 4), "ab", {5: 6}, iter([7])):
    print(total(it) if not isinstance(it, str) else "".join(c for c in it))
# shadowed range
def range(*a):
    return [-1, -2]
print(total(range(10)))
del range
print(total(range(4)))
