# reversed and stepped slices of lists, tuples and strs at every start, slice assignment
p = list(range(10))
for k in (-12, -3, -1, 0, 1, 5, 9, 10, 20):
    print(p[k::-1], p[:k:-1], p[k:1:-1], p[k::-2], p[k:], tuple(p)[k::-1], "abcdefghij"[k::-1])
print(p[::-1], p[5:5:-1], [][::-1], p[::-3], p[1:8:-1])
q = p[:]
q[:4] = q[3::-1]; print(q)
q[::2] = q[1::2]; print(q)
q[2:5] = []; print(q)
q[1:1] = "xy"; print(q)
class I:
    def __index__(self): return 2
print(p[I()::-1], p[:I()])
try:
    p[::0]
except ValueError as e:
    print(e)
try:
    q[::2] = [1]
except ValueError as e:
    print(e)
