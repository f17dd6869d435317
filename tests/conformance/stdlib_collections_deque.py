# collections.deque: appends/pops at both ends, maxlen, rotate, index/count/remove, repr, errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d, list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.index(7), d.count(2), 3 in d, 99 in d)
d.remove(7)
print(d)
d[1] = 'x'
del d[0]
print(d, bool(d), bool(deque()))
d.insert(1, 'ins')
d.reverse()
print(d)
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(10)
m.appendleft(-10)
print(m)
m.extend(range(20, 25))
print(m, list(m))
print(deque('abc') == deque('abc'), deque([1, 2]) < deque([1, 3]), deque() == [])
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2)
q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(len(q), q[0], q[-1], sum(q))
c = q.copy()
c.clear()
print(len(c), len(q))
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5]):
    try:
        bad()
    except IndexError as e:
        print('IndexError:', e)
try:
    deque([1, 2]).remove(3)
except ValueError as e:
    print('ValueError:', e)
try:
    deque([1, 2]).index(3)
except ValueError as e:
    print('ValueError:', e)
