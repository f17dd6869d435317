# for over an exact list/tuple (kept unboxed: sequence + index): mutation during iteration, subclasses, rebinding.
xs = [1, 2, 3]
out = []
for x in xs:
    out.append(x)
    if x < 3 and len(xs) < 6:
        xs.append(x + 10)
print(out, xs)
ys = [1, 2, 3, 4, 5]
for y in ys:
    print(y, end=" ")
    if y == 2:
        del ys[0]
print()
for t in (1, "a", None):
    print(t)
for t in ():
    print("never")
for t in []:
    print("never")
class L(list): pass
for t in L([7, 8]):
    print(t)
zs = [3, 4]
for z in zs:
    zs = [9, 9, 9]
print(z, zs)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
def g(l):
    for v in l:
        yield v * 2
print(list(g([1, 2, 3])), list(g((4,))))
def drain(xs):
    n = 0
    for x in xs:
        n += 1
        if xs:
            xs.pop()
    return n, xs
print(drain([1, 2, 3, 4, 5]), drain([]), drain([1]))
def nested(m):
    t = 0
    for row in m:
        for v in row:
            t += v
    return t
print(nested([[1, 2], (3, 4), [], [5]]), nested(((1,), [2.5])))
for s in [1, 2]:
    break
else:
    print("no")
print(s)
for q in [5, 6]:
    pass
else:
    print("else", q)
