# `for ...: if a < b: X else: Y` with one op per arm: each arm's loop tail
# runs the iterations that come back to it inside its own handler (fused.rs
# `tight`, iter.rs RangeLtTight, --no-jit); any other outcome dispatches the
# other arm, the compare, or the loop's exit.


def split(n, h):
    lo = hi = 0
    for i in range(n):
        if i < h:
            lo = i
        else:
            hi = i
    return lo, hi


def alternate(n):
    # The compare's operand changes in the arms: every iteration switches arm.
    lo = hi = 0
    h = 0
    for i in range(n):
        if h < 1:
            h = 5
        else:
            h = 0
    return h


def sums(n, h):
    a = b = 0
    for i in range(n):
        if i < h:
            a += i
        else:
            b = b + i
    return a, b


def only_if(n, h):
    c = -1
    for i in range(n):
        if i < h:
            c = i
    return c


def mixed(xs_n, h):
    # The bound turns into a float, then a big int, mid-way.
    lo = hi = 0
    for i in range(xs_n):
        if i < h:
            lo = i
        else:
            hi = i
        if i == 3000:
            h = 2999.5
        if i == 4000:
            h = 1 << 80
    return lo, hi


def over(it, h):
    lo = hi = None
    for i in it:
        if i < h:
            lo = i
        else:
            hi = i
    return lo, hi


for rounds in range(3):
    print(split(6000, 3000), split(5000, 0), split(5000, 10**9), split(0, 5))
    print(alternate(5001), sums(6000, 2500), sums(4000, -1))
    print(only_if(5000, 4000), only_if(5000, 0))
    print(mixed(6000, 100))
    print(over(range(5000), 2000), over([5, 1, 9, 2], 4), over("abcab", "b"))
    print(over(range(-3000, 3000, 7), 0), over(range(10, 0, -1), 5))

def boom(n, h):
    lo = 0
    for i in range(n):
        if i < h:
            lo = lo + i
        else:
            lo = lo + "x"
    return lo

for h in (10**9, 4500):
    try:
        print(boom(5000, h))
    except TypeError as e:
        print("TypeError", e)
