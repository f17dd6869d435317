class L(list):
    def __iter__(self):
        return iter([9, 9])
l = L([1, 2, 3])
print(list(l), tuple(l), sorted(l), [x for x in l], set(l), len(l), l)
for x in l:
    print(x)
print(sum(l), max(l), min(l), any(l), all(l), list(zip(l, l)), list(enumerate(l)), list(map(str, l)))
a, b = list(l)
print(a, b)
print(" ".join(map(str, l)), list(reversed(l)), dict.fromkeys(l), frozenset(l))
class T(tuple):
    def __iter__(self):
        yield from (7, 8)
t = T((1, 2, 3))
print(list(t), sorted(t), t, len(t), [y for y in t], sum(t))
class P(list):
    pass
p = P([3, 1, 2])
print(list(p), sorted(p), tuple(p), sum(p), [z * 2 for z in p])
l2 = []
l2.extend(l)
print(l2, [0] + list(l))
