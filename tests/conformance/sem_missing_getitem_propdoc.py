# dict.__getitem__ called as a method on a dict subclass consults __missing__ (urllib.parse's
# _Quoter does quoter = _Quoter(safe).__getitem__); a property's __doc__ is writable.
class Q(dict):
    def __missing__(self, k):
        self[k] = k * 2
        return self[k]


q = Q(a=1)
get = q.__getitem__
print(q[3], get(4), dict.__getitem__(q, 5), get('a'), sorted(q.items(), key=str))


class Plain(dict):
    pass


try:
    Plain().__getitem__('nope')
except KeyError as e:
    print('KeyError', e)
p = property(lambda self: 1, doc='first')
print(p.__doc__)
p.__doc__ = 'second'
print(p.__doc__)


class C:
    x = property(lambda self: 42)


C.x.__doc__ = 'The answer.'
print(C.x.__doc__, C().x)
from collections import namedtuple
P = namedtuple('P', 'a b')
P.a.__doc__ = 'first field'
print(P.a.__doc__, P(1, 2).a)
