# One-op and two-op loop bodies over a range or a `while i < n` head (the
# interpreter runs them as self-looping superinstructions under --no-jit):
# every way out of such a loop must behave as the plain ops would.
import sys


def add_range(t, n):
    for i in range(n):
        t = t + i
    return t


def add_seq(t, seq):
    for i in seq:
        t = t + i
    return t


def count_while(i, n):
    while i < n:
        i = i + 1
    return i


def madd(x, n):
    for i in range(n):
        x = x * 0.5 + 1.0
    return x


def set_get(a, n, j, k):
    r = None
    for i in range(n):
        a[j] = i
        r = a[k]
    return r


def unpack(t, n):
    a = b = None
    for i in range(n):
        a, b = t
    return a, b


G = 7


def global_load(n):
    r = 0
    for i in range(n):
        r = G
    return r


# plain runs, long enough to be quickened
print(add_range(0, 3000), count_while(0, 3000), madd(0.0, 3000))
print(set_get([0, 1, 2, 3, 4, 5], 3000, 3, 5), unpack((1, 2), 3000), global_load(3000))
print(set_get({"j": 1, "k": 0}, 3000, "k", "j"))

# the int sum leaves the small ints mid-loop (then comes back)
print(add_range(2**62 - 5000, 3000), add_range(-(2**62) + 10, 3000))
print(add_range(2**61, 3000), add_range(2**100, 3000))
# floats and strs in the same loop
print(add_range(0.5, 3000), add_seq("", ["a", "b", "c"] * 1000)[:12])

# the same loop over other iterables after the range (the head's fast form goes)
print(add_seq(0, range(3000)), add_seq(0, list(range(3000))), add_seq(0, tuple(range(5))))
print(add_seq(0, iter(range(3000))), add_seq(0, range(3000)), add_seq(0, (i for i in range(10))))

# while heads with other operands
print(count_while(0, 3000.5), count_while(0.5, 3000), count_while(2**62 - 2000, 2**62 + 10))
print(count_while(2**70, 2**70 + 3000) - 2**70)

# exceptions raised in the body mid-loop
try:
    set_get([0, 1, 2], 3000, 1, 7)
except IndexError as e:
    print("IndexError", e)
d = {"j": 1, "k": 0}
try:
    set_get(d, 3000, "k", "missing")
except KeyError as e:
    print("KeyError", e, d)
try:
    unpack((1, 2, 3), 3000)
except ValueError as e:
    print("ValueError", e)
try:
    add_range(None, 3000)
except TypeError as e:
    print("TypeError", e)


# a body op that meets another type every other iteration
def mixed(n):
    t = 0
    for i in range(n):
        t = t + (i if i % 2 else 0.5)
    return t


print(mixed(3000))


# the loop variable and the sum seen after break-free exits, nested loops
def nested(n):
    s = 0
    for i in range(n):
        for j in range(i):
            s = s + j
    return s, i


print(nested(80))


# a list being read while another op in the body grows it
def grow(n):
    a = [0, 1]
    r = 0
    for i in range(n):
        a.append(i)
        r = a[-1]
    return r, len(a)


print(grow(3000))
print(sys.getrecursionlimit() > 0)
