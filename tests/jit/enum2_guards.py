# for a, b in enumerate(...) quickened to for_enum2 when the loop gets hot
# (JIT on as well as --no-jit): the same site then meets other iterables.

def scan(xs):
    acc = 0
    for i, x in enumerate(xs):
        acc += i * 3 + (x if isinstance(x, int) else len(str(x)))
        if i > 900:
            break
    return acc

def gen(n):
    for k in range(n):
        yield k * 2

total = 0
for rep in range(60):
    total += scan(list(range(rep * 5)))
print(total)
# other iterables through the quickened site
print(scan((1, 2, 3)), scan("hello"), scan(gen(50)), scan({5: 1, 7: 2}), scan(range(2000)))
print(scan([]), scan(()), scan(x for x in "ab"))

# the list grows and shrinks while it is enumerated
def mutate():
    xs = list(range(10))
    out = []
    for i, x in enumerate(xs):
        out.append((i, x))
        if i % 3 == 0 and len(xs) < 30:
            xs.append(i + 100)
        if i == 20:
            del xs[:5]
    return out

for _ in range(40):
    r = mutate()
print(len(r), r[-3:])

# enumerate with various starts
def big_start(s):
    last = None
    for i, x in enumerate([7, 8, 9], s):
        last = (i, x)
    return last

for s in (0, 2**40, -5, -2**40):
    for _ in range(30):
        r = big_start(s)
    print(r)

# nested unpacking target and the same loop with a 3-tuple element (not enum2)
def pairs(xs):
    s = 0
    for i, (a, b) in enumerate(xs):
        s += i * a - b
    return s

for _ in range(50):
    p = pairs([(1, 2), (3, 4), (5, 6)] * 20)
print(p)
try:
    pairs([(1, 2), (1, 2, 3)])
except ValueError as e:
    print("ValueError", e)

# an exception raised mid-loop and caught outside
def boom(xs):
    t = 0
    for i, x in enumerate(xs):
        t += 10 // (x - 5)
    return t

for _ in range(30):
    try:
        boom(list(range(10)))
    except ZeroDivisionError as e:
        print("caught", e)
        break
print(boom([9] * 1000))
