# itertools: product (repeat), permutations, combinations (with replacement), groupby.
import itertools as it

print(list(it.product('ab', [0, 1])))
print(list(it.product([0, 1], repeat=3)))
print(list(it.product()), list(it.product('ab', [])))
print(list(it.permutations('abc')))
print(list(it.permutations(range(4), 2)), list(it.permutations([1, 2], 3)))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(4), 0)), list(it.combinations('ab', 3)))
print(list(it.combinations_with_replacement('abc', 2)))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))))
for k, g in it.groupby('AAAABBBCCDAABBB'):
    print(k, list(g))
print([k for k, g in it.groupby('aabbbc')])
data = [('a', 1), ('a', 2), ('b', 3), ('c', 4), ('c', 5)]
print([(k, [v for _, v in g]) for k, g in it.groupby(data, key=lambda p: p[0])])
groups = it.groupby([1, 1, 2, 2, 3])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(sum(1 for _ in it.product(range(5), repeat=4)))
