# One-op loop bodies (fused.rs `tight`: the loop head is the op before the
# body) and their deopt edges: iterator not a range, non-int operands,
# overflow to big ints, while heads with mixed types.


def acc(it):
    total = 0
    for i in it:
        total = total + i
    return total


def acc_sub(it):
    total = 0
    for i in it:
        total -= i
    return total


def last(it):
    x = None
    for i in it:
        x = i
    return x


def count_up(i, n):
    while i < n:
        i = i + 1
    return i


def count_down(i, n):
    while i > n:
        i -= 1
    return i


# range first (quickened to the tight form), then other iterators (deopt)
print(acc(range(20000)))
print(acc([1, 2, 3] * 5000))
print(acc(range(5, 30000, 7)))
print(acc((1.5, 2.25) * 4000))
print(acc(iter(range(9000))))
print(acc(x for x in range(7000)))
print(acc(range(0)))
print(acc_sub(range(20000)))
print(acc_sub([2.5] * 9000))
print(last(range(12345)))
print(last("abcdefg" * 2000))
print(last(range(10, 0)))

# list first, then range
def acc2(it):
    t = 0
    for v in it:
        t = t + v
    return t


print(acc2(list(range(10000))))
print(acc2(range(10000)))
print(acc2(range(10000)))

# overflow to big ints and floats inside a tight body
def grow(n, start):
    t = start
    for i in range(n):
        t = t + t
    return t


print(grow(5000, 1) % 1000000007)
print(grow(100, 0.5))
print(grow(4, "ab"))


def big_acc(n, start):
    t = start
    for i in range(n):
        t = t + i
    return t


print(big_acc(20000, 2 ** 62 - 50))
print(big_acc(20000, -(2 ** 62)))
print(big_acc(20000, 0.25))

# nested: the inner loop alternates iterator kinds
out = []
for k in range(6):
    src = range(3000) if k % 2 == 0 else [k] * 3000
    s = 0
    for v in src:
        s = s + v
    out.append(s)
print(out)

print(count_up(0, 20000), count_up(0.5, 20000), count_up(2 ** 70, 2 ** 70 + 5000))
print(count_down(20000, 0), count_down(20000.5, 0), count_down(-(2 ** 70), -(2 ** 70) - 5000))
print(count_up(5, 1), count_down(1, 5))


class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))

    def __lt__(self, o):
        return self.v < o


n = N(0)
for i in range(5000):
    n = n + i
print(n.v)
print(count_up(N(0), 3000).v)

try:
    t = 0
    for i in range(20000):
        t = t + (None if i == 19999 else 0)
except TypeError as e:
    print("TypeError", e)
