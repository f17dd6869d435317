# list.sort / sorted make CPython 3.11's timsort comparisons, in its order.
class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return "V(%r)" % (self.v,)


print(sorted([V(i) for i in [5, 3, 8, 1, 9, 2, 7]]))
print(sorted([V(i) for i in [1, 2, 3, 4]]))
print(sorted([V(i) for i in [4, 3, 2, 1]]))
print(sorted([V(i) for i in [2, 2, 1, 1]], reverse=True))
print(sorted([V(1)]))
print(sorted([]))


class Count:
    n = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Count.n += 1
        return self.v < other.v


# Long enough for runs, merges and galloping: count the comparisons.
def count(values, **kw):
    Count.n = 0
    out = sorted([Count(v) for v in values], **kw)
    return Count.n, [c.v for c in out][:8]


print(count(list(range(100))))
print(count(list(range(100, 0, -1))))
print(count(list(range(50)) + list(range(25)) + list(range(80, 60, -1))))
print(count([(i * 37) % 101 for i in range(300)]))
print(count([(i * 37) % 101 for i in range(300)], reverse=True))
print(count(list(range(0, 1000, 3)) + list(range(1, 1000, 3)) + list(range(2, 1000, 3))))
print(count([i % 7 for i in range(500)]))

# NaN makes the order depend on which comparisons are made.
nan = float("nan")
print(sorted([1, 2.5, nan, 0]))
print(sorted([nan, 3.0, 1.0, 2.0]))
print(sorted([3.0, nan, 1.0, nan, 2.0, 0.5]))
print(sorted([3, 1, nan, 2], reverse=True))
print(sorted([5.0, 4.0, nan, 3.0, 2.0, 1.0]))
print(sorted([(i * 13) % 17 + 0.5 if i % 5 else nan for i in range(40)]))
print(sorted([2, 1.5, 1, 0.5, nan, -1, True, False]))
print(sorted([[1, nan], [0, 2], [1, 0.5], [nan, 1]]))
print(max([1, nan, 3]), min([nan, 1, 3]), max([nan, 1, 3]))
xs = [4.0, nan, 2.0, 3.0, 1.0]
xs.sort(key=lambda x: -x)
print(xs)

# Builtin numbers of mixed kinds: exact int/float order, equal values stable.
print(sorted([10**20, -5, 2.5, 10**19 + 0.5, True, -(10**30), 1e20, 0, -0.0, False, 2**53 + 1, float(2**53)]))
print(sorted([1e20, 10**20, 10**20 + 1, 1e20 + 16384, 99999999999999999999], reverse=True))
print(sorted([3, 2.0, 2, True, 1.0, 1], key=lambda x: -x))


class MyInt(int):
    def __lt__(self, other):
        print("MyInt lt", int(self), other)
        return int(self) > other


print(sorted([MyInt(1), 2, MyInt(3), 0]))
