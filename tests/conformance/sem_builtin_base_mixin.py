# special methods of a mixin that comes after a builtin base in the MRO: used unless the builtin defines them
class Mixin:
    def __iter__(self):
        return iter(range(int(self)))
    def __len__(self):
        return 99
    def __getitem__(self, k):
        return ('item', k)
    def __contains__(self, x):
        return x == 'in'
    def __add__(self, o):
        return 'mixin add'
    def __call__(self, *a):
        return ('called', a)
    def __neg__(self):
        return 'mixin neg'

class N(int, Mixin):
    pass

n = N(3)
print(list(n), len(n), n[1], 'in' in n, 'out' in n, n + 1, n(7), -n)
print(type(n + 1).__name__, bool(N(0)), sorted(N(2)))

class L(list, Mixin):
    pass
l = L([5, 6])
print(len(l), l[0], 5 in l, list(l), l + [1])

class S(str, Mixin):
    pass
s = S('ab')
print(len(s), s[0], 'a' in s, list(s), s + 'c', s(1))
