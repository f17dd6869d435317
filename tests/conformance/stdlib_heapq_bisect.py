# heapq (push/pop/heapify/replace/pushpop/nlargest/nsmallest/merge) and bisect (left/right/insort, lo/hi/key).
import heapq
import bisect

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 5), data, heapq.heappushpop(data, 0), heapq.heappushpop(data, 10), data)
nums = [15, 3, 27, 8, 3, 41, 19, 3, 22]
print(heapq.nlargest(3, nums), heapq.nsmallest(4, nums), heapq.nlargest(1, nums), heapq.nsmallest(0, nums))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple']
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 5])), list(heapq.merge('ace', 'bd')))
print(list(heapq.merge([9, 4, 1], [8, 2], reverse=True)), list(heapq.merge(['bb', 'a'], ['ccc'], key=len)))
tasks = []
for pri, name in [(3, 'low'), (1, 'urgent'), (2, 'mid'), (1, 'also urgent')]:
    heapq.heappush(tasks, (pri, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError:', e)
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 99))
print(bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3))
b = []
for x in [5, 2, 8, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 2)
bisect.insort_right(b, 9)
print(b)
recs = [(1, 'a'), (3, 'b'), (5, 'c')]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]), bisect.bisect_right(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (4, 'x'), key=lambda r: r[0])
print(recs)
grades = [60, 70, 80, 90]
print([('FDCBA'[bisect.bisect(grades, s)]) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print('ValueError:', e)
