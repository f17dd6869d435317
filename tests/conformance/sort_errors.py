# What list.sort / sorted raise, and the list they leave behind, as CPython 3.11.
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: sorted([3, 1, "a", 2]))
attempt(lambda: sorted(["a", 1]))
attempt(lambda: sorted([1, "a"]))
attempt(lambda: sorted([1, None, 2]))
attempt(lambda: sorted([(1, "a"), (1, 2)]))
attempt(lambda: sorted([[1], (1,)]))
attempt(lambda: sorted([{1}, {2}, {1, 2}]))
attempt(lambda: sorted([1j, 2j]) if False else sorted([object(), 1][1:]))
attempt(lambda: sorted([{}, {}]))
attempt(lambda: sorted([1, 2], key=len))
attempt(lambda: sorted([1, 2], 3))
attempt(lambda: [1, 2].sort(cmp=None))
attempt(lambda: [1, 2].sort(reverse=None))
attempt(lambda: [1, 2].sort(reverse="x"))
attempt(lambda: [1, 2].sort(reverse=1.0))
attempt(lambda: [1, 2].sort(reverse=10**30))
attempt(lambda: [1, 2].sort(reverse=-5))
attempt(lambda: [1, 2].sort(key=3))
attempt(lambda: [1].sort(key=3))
attempt(lambda: [].sort(key=3))
attempt(lambda: [2, 1].sort(key=None, reverse=False))
attempt(lambda: sorted("hello", reverse=1))
attempt(lambda: sorted(x for x in [3, 1, 2]))
attempt(lambda: sorted({3: 1, 1: 2}))

# The list after a comparison raised: some permutation, as CPython leaves it.
for rev in (False, True):
    l = [5, 3, 9, 1, "x", 4, 8, 2, 7]
    try:
        l.sort(reverse=rev)
    except TypeError as e:
        print(rev, e, l)
    l = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] * 7 + [None] + list(range(70))
    try:
        l.sort(reverse=rev)
    except TypeError as e:
        print(rev, e, l[:20], l[-20:])


class Boom:
    def __init__(self, v, at):
        self.v = v
        self.at = at

    def __lt__(self, other):
        Boom.n += 1
        if Boom.n == self.at:
            raise RuntimeError("compare %d" % Boom.n)
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


for at in (1, 5, 20, 60, 150, 400):
    Boom.n = 0
    l = [Boom((i * 7919) % 101, at) for i in range(120)]
    try:
        l.sort()
        print("sorted", at)
    except RuntimeError as e:
        print(e, l[:12], l[-12:])


# A key function is called once per item, in list order, before any compare;
# if it raises the list is unchanged.
def key(x):
    print("key", x)
    if x == 4:
        raise ValueError("no 4")
    return -x


for rev in (False, True):
    l = [1, 5, 4, 2]
    try:
        l.sort(key=key, reverse=rev)
    except ValueError as e:
        print(e, l)
l = [1, 5, 3]
l.sort(key=key, reverse=True)
print(l)


# Mutation during the sort.
class Mut:
    def __init__(self, v, action):
        self.v = v
        self.action = action

    def __lt__(self, other):
        self.action()
        return self.v < other.v


target = []


def seen():
    print("inside", target)


for action in (seen, lambda: target.append(0), lambda: (target.append(1), target.pop()), lambda: target.clear()):
    target[:] = [Mut(3, action), Mut(1, action), Mut(2, action)]
    try:
        target.sort()
        print("no error", [m.v for m in target])
    except ValueError as e:
        print(e, [m.v for m in target])


# Mutation and an error: the error wins.
def bad():
    target.append(9)
    raise KeyError("k")


target[:] = [Mut(3, bad), Mut(1, bad)]
try:
    target.sort()
except KeyError as e:
    print("KeyError", e, [m.v for m in target])

# Stability with key and reverse.
recs = [("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 3), ("f", 2)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(["B", "a", "A", "b", "c", "C"], key=str.lower))
print(sorted(["B", "a", "A", "b", "c", "C"], key=str.lower, reverse=True))
words = "the quick brown fox jumps over the lazy dog a an be".split()
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
l = [(1, "x"), (0, "y"), (1, "z"), (0, "w")]
l.sort(key=lambda t: t[0], reverse=True)
print(l)
print(sorted([0.0, -0.0, 0, False, -0.0, 0.0], reverse=True))
print(sorted([1, True, 1.0, 0, False, 0.0]))

# Tuple keys: plain per-position kinds sort natively; anything else compares
# item by item, raising only where CPython's comparisons would.
print(sorted([(1, 2.5), (1, 2), (0, "x")]))
print(sorted([(1, float("nan")), (1, 0.5), (0, float("nan")), (1, -1.0)]))
print(sorted([("b", 1), ("a", 2), ("b", 0), ("a",), ()]))
print(sorted([(2, "b", 1.5), (2, "b"), (1, "z", 0.0), (2, "a", 9.0)], reverse=True))
attempt(lambda: sorted([(1, "a"), (1, 2.0), (2, None)]))
attempt(lambda: sorted([(0, [1]), (0, [0]), (0, (1,))]))
