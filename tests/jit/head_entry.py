# Loops entered at their compiled head (jit_enter) many times: the function
# is called again and again, so after the first compile every entry comes
# from above. Guards failing mid-loop, side exits and re-entry, recursion
# into a function whose loop is running, generators, unbound locals.


def fib(n):
    a = 0
    b = 1
    i = 0
    while i < n:
        t = a + b
        a = b
        b = t
        i = i + 1
    return a


def fib_until_unbound(n):
    # `t` is written before it is read in the loop: unbound when the loop
    # does not run.
    i = 0
    while i < n:
        t = i * 2
        i = i + 1
    return t


def mixed(n, x):
    # x is an int on most calls, a float (or a big int) on a few: the typed
    # entry check sends those to the generic body.
    s = x
    i = 0
    while i < n:
        s = s + i
        i = i + 1
    return s


def flips(n, k):
    # The accumulator becomes a float in iteration k of this entry.
    s = 0
    for i in range(n):
        if i == k:
            s = s + 0.5
        s = s + i
    return s


def grows(n):
    # Overflows a small int in the middle of the loop on every entry.
    s = 2 ** 60
    i = 0
    while i < n:
        s = s + s
        i = i + 1
    return s


def rec(d, n):
    # The loop calls the function itself: nested entries of the same loop
    # while it runs.
    s = 0
    i = 0
    while i < n:
        if d > 0 and i == 1:
            s = s + rec(d - 1, n)
        s = s + i
        i = i + 1
    return s


def gen(n):
    i = 0
    while i < n:
        yield i
        i = i + 1


def loop_in_gen(m):
    for j in range(m):
        s = 0
        i = 0
        while i < 30:
            s = s + i
            i = i + 1
        yield s + j


def with_exit(n, stop):
    # A break taken on some entries (an exit in the middle of the region).
    i = 0
    s = 0
    while i < n:
        if i == stop:
            break
        s = s + i
        i = i + 1
    return s, i


def raises(n, bad):
    i = 0
    s = 0
    while i < n:
        s = s + 10 // (i - bad)
        i = i + 1
    return s


total = 0
for k in range(3000):
    total = total + fib(k % 40)
print("fib", total)

for k in range(2000):
    try:
        r = fib_until_unbound(k % 3)
    except UnboundLocalError as e:
        r = "unbound"
    if k < 6:
        print("unbound", k, r)

acc = 0
for k in range(2000):
    if k % 97 == 5:
        v = mixed(40, 0.25)
    elif k % 301 == 7:
        v = mixed(40, 2 ** 70)
    else:
        v = mixed(40, k)
    acc = acc + v
print("mixed", acc)

facc = 0
for k in range(1500):
    facc = facc + flips(30, k % 45)
print("flips", facc)

g = 0
for k in range(1500):
    g = (g + grows(k % 7)) % 1000003
print("grows", g)

print("rec", [rec(d, 25) for d in range(6)])
r = 0
for k in range(800):
    r = r + rec(2, 12)
print("rec loop", r)

gs = 0
for k in range(1500):
    for v in gen(k % 17):
        gs = gs + v
print("gen", gs)
print("loop_in_gen", sum(loop_in_gen(2000)))

ws = []
for k in range(2000):
    ws.append(with_exit(30, k % 37))
print("with_exit", ws[:5], ws[-3:], sum(a + b for a, b in ws))

es = 0
for k in range(2000):
    try:
        es = es + raises(20, k % 25)
    except ZeroDivisionError:
        es = es - 1
print("raises", es)


def enum_sum(xs):
    # The head (a for over an enumerate) is quickened by its own op.
    s = 0
    for i, x in enumerate(xs):
        s = s + i * x
    return s


def range_or_list(xs):
    s = 0
    for x in xs:
        s = s + x
    return s


en = 0
for k in range(1500):
    en = en + enum_sum([k, 1, 2, 3, 4, 5, 6, 7, 8][: k % 9])
print("enum", en)
rl = 0
for k in range(1500):
    rl = rl + range_or_list(range(k % 20) if k % 3 else [k, 2.5, k])
print("range_or_list", rl)
