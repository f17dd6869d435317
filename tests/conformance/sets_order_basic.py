import sys
s = {5, 3, 100, 1, 64, 33, -1, 7}
print(s, len(s))
print(set(range(20, 0, -3)), set(range(100)) == set(range(99, -1, -1)))
t = set()
for i in [10, 300, 17, 2, 1000000, 45, -7, 2**61, 2**61 - 1, 2**64 + 3, -2**70]:
    t.add(i)
print(t, list(t))
print({1.5, 2.5, 0.5, 0.1, -0.0, 1e300, float('inf')})
print(frozenset([9, 8, 7]), frozenset())
print({(1, 2), (3, 4), (0, 0), (), (1.5, -2)}, {(1, 2), (3, 4), (0, 0), ("a",)} - {("a",)})
print({True, False, 0, 1, 2})
u = set(range(50))
for i in range(0, 50, 3):
    u.discard(i)
print(u)
u.update([100, 3, 6, 200, 1000, 7])
print(u)
while len(u) > 30:
    u.pop()
print(u, u.pop(), u.pop())
a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
b = {10, 11, 12, 13, 14, 15, 30, 60, 3}
print(a | b, b | a)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
print(a.union(b, [99, 98], (97,)), a.intersection(b, {3, 10, 999}), a.difference(b, [1, 2]))
print(a.symmetric_difference([3, 100, 200]), a.issubset(range(100)), a.issuperset([1, 2]), a.isdisjoint({1000}))
c = set(a); c |= {77, 78, 5}; print(c)
c &= {1, 2, 77, 5, 500}; print(c)
c -= {1}; print(c)
c ^= {9, 2, 33}; print(c)
print({x * 7 % 23 for x in range(40)})
print(sorted({x for x in range(10)}) == list(range(10)))
d = {k: k for k in [9, 1, 33, 4]}
print(set(d), set(d.items()), d.keys() & {1, 9, 0}, d.keys() | {100, -1})
big = set(range(0, 100000, 7))
print(len(big), list(big)[:10], list(big)[-5:])
for i in range(0, 100000, 14):
    big.discard(i)
print(len(big), list(big)[:10])
big.add(0); big.add(-5)
print(list(big)[:5])
print(hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset([(1, 2), 3.5])))
x = {1, 2, 3}
x.remove(2)
try:
    x.remove(2)
except KeyError as e:
    print("KeyError", e)
fs = frozenset([1, 2])
s2 = {fs, 3}
s2.discard({1, 2})
print(s2, {1, 2} in {frozenset({1, 2})})
print({-1, -2, 2**61, 2**62, 1.5, 0.25})
e = set()
e.update({1: 2, 3: 4}, "ab" and [5])
print(e, set("") , set())
print(set([3, 1, 2]).copy(), {3, 1, 2}.copy() == {1, 2, 3})
it = iter({1, 2, 3})
print(next(it))
s3 = {1, 2, 3}
try:
    for v in s3:
        s3.add(v + 10)
except RuntimeError as ex:
    print(ex)
