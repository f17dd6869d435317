# a metaclass's __iter__/__getitem__/__len__/__contains__/__reversed__/__call__ apply to its classes (the VM's constructor fast path included)
class M(type):
    def __iter__(cls):
        return iter([1, 2])
    def __getitem__(cls, k):
        return ('item', k)
    def __len__(cls):
        return 7
    def __contains__(cls, x):
        return x == 3
    def __reversed__(cls):
        return iter('ba')
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a, k)
        return super().__call__(*a, **k)

class A(metaclass=M):
    def __init__(self, x=0):
        self.x = x

print(list(A), A[5], len(A), 3 in A, 4 in A, list(reversed(A)))
for i in A:
    print(i)
a = A(4)
print(a.x, A(x=2).x)
print(type.__call__(A, 9).x)

class G:
    def __class_getitem__(cls, k):
        return ('cgi', k)
print(G[int])
class MG(type):
    def __getitem__(cls, k):
        return ('meta', k)
class H(metaclass=MG):
    def __class_getitem__(cls, k):
        return ('cgi', k)
print(H[1])
for f in (lambda: list(G), lambda: len(G), lambda: 1 in G, lambda: reversed(G)):
    try:
        print(f())
    except TypeError as e:
        print(e)

import abc
class K(abc.ABC):
    def __init__(self, v):
        self.v = v
    @abc.abstractmethod
    def f(self): ...
try:
    K(1)
except TypeError as e:
    print(e)
class K2(K):
    def f(self):
        return self.v
print(K2(5).f())
