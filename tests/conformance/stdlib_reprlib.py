# reprlib: abbreviated reprs and recursive_repr; _thread locks as seen from the one thread.
import reprlib, _thread
from reprlib import Repr, repr as rrepr, recursive_repr

print(rrepr(list(range(100))), rrepr('x' * 100), rrepr(set(range(20))), rrepr({i: i for i in range(10)}))
print(rrepr(tuple(range(10))), rrepr([[[[[1]]]]]), rrepr(10 ** 50), rrepr(frozenset('abcdefgh')), rrepr(b'y' * 50))
r = Repr()
r.maxlist = 3
r.maxstring = 10
r.maxlevel = 2
r.maxother = 15
print(r.repr(list(range(10))), r.repr('abcdefghijklmnop'), r.repr([[[1]]]), r.repr(object)[:15])
print(r.repr(['a' * 20, {'k': [1, 2, 3, 4]}]), r.repr(3.14159265358979), r.repr(()))


class Node:
    def __init__(self, v):
        self.v, self.children = v, []

    @recursive_repr()
    def __repr__(self):
        return f'Node({self.v}, {self.children})'


n = Node(1)
n.children.append(n)
n.children.append(Node(2))
print(n)


class Cyc(list):
    @recursive_repr(fillvalue='<loop>')
    def __repr__(self):
        return 'Cyc(' + ', '.join(map(repr, self)) + ')'


c = Cyc([1])
c.append(c)
print(c, Node.__repr__.__name__, Node.__repr__.__qualname__)

lock = _thread.allocate_lock()
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(blocking=False))
lock.release()
with lock:
    print('in with', lock.locked())
print(lock.locked(), type(_thread.get_ident()).__name__, _thread.error is RuntimeError)
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
rl = _thread.RLock()
with rl:
    with rl:
        print('reentrant', rl._is_owned())
print(rl._is_owned())
