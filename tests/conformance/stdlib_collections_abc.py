# collections.abc (CPython's _collections_abc.py): isinstance/issubclass through
# __subclasshook__ and register(), the mixin methods of Mapping/MutableSequence,
# abstract instantiation errors, Callable[...] aliases and types.GenericAlias.
import collections.abc as abc
from collections.abc import *
print(isinstance([], abc.Sequence), isinstance({}, abc.Mapping), isinstance({}, abc.MutableMapping), isinstance(iter([]), abc.Iterator))
print(isinstance(len, abc.Callable), isinstance(3, abc.Hashable), isinstance([], abc.Hashable), isinstance((x for x in []), abc.Generator))
print(issubclass(dict, abc.Mapping), issubclass(str, abc.Sequence), issubclass(set, abc.Set), issubclass(frozenset, abc.MutableSet))
class M(abc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
m = M({'a': 1, 'b': 2})
print(list(m.keys()), list(m.items()), m.get('c', 9), 'a' in m, m == {'a': 1, 'b': 2}, len(m.values()))
class S(abc.MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
s = S(); s.append(1); s.extend([2, 3]); s.reverse(); print(s.l, s.index(2), s.count(3), list(reversed(s)), s.pop())
try:
    abc.Mapping()
except TypeError as e:
    print(e)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), abc.Iterator), isinstance(It(), abc.Iterable), isinstance(3, abc.Iterable))
print(sorted(abc.Set.__abstractmethods__))
from collections.abc import Callable, Iterable
import collections
import types
print(collections.abc.Sized, Callable[[int], str], Callable[..., int], Iterable[int])
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)) == dict[str, int])
print(list[int] != list[str], hash(list[int]) == hash(list[int]), {list[int]: 1}[list[int]])
print(type(list[int]), list[int]([1, 2]), dict[str, list[int]])


class Reg:
    pass


abc.Sequence.register(Reg)
print(issubclass(Reg, abc.Sequence), isinstance(Reg(), abc.Iterable), issubclass(Reg, abc.Sized))


class MySet(abc.Set):
    def __init__(self, items):
        self.items = list(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), a <= MySet([1, 2, 3, 4]), a.isdisjoint(MySet([9])))
