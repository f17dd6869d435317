# itertools: count/cycle/repeat/chain/islice/accumulate/takewhile/dropwhile/compress/starmap/pairwise/zip_longest.
import itertools as it
import operator

print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 3), 4)), list(it.islice(it.count(0.5, 0.25), 3)))
print(list(it.islice(it.cycle('abc'), 7)), list(it.cycle([])))
print(list(it.repeat('x', 3)), list(it.repeat(1, 0)), list(zip(range(3), it.repeat(7))))
print(list(it.chain('ab', [1, 2], (3,))), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.islice('abcdefg', 2)), list(it.islice('abcdefg', 2, 4)), list(it.islice('abcdefg', 1, None, 2)))
print(list(it.islice(range(10), 0, 9, 3)), list(it.islice(range(3), 5)))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], operator.mul, initial=10)), list(it.accumulate([])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.filterfalse(lambda x: x % 2, range(8))))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.pairwise('abcd')), list(it.pairwise('a')))
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest([1], [])))
for args in ((-1,), (1, -2), (0, 5, 0)):
    try:
        it.islice(range(5), *args)
    except ValueError as e:
        print('ValueError:', e)
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
x, y, z = it.tee(iter('pq'), 3)
print(next(x), list(y), list(x), list(z))
