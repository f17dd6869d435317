# metaclass __prepare__ (the class body runs in the mapping it returns), metaclass __setattr__/__delattr__/__dir__ on classes
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith('__'):
            self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, type(ns).__name__, ns.order)
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class A(metaclass=Meta, flag=1):
    x = 1
    def f(self):
        return x
    y = x + 1
print(A.y, A.__name__)

class B(A):
    z = 3
print(B.z, type(B).__name__)

class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class C(metaclass=Bad):
        pass
except TypeError as e:
    print(e)

class Guard(type):
    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError("constant %r" % name)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("del", name)
        super().__delattr__(name)
    def __dir__(cls):
        return ['zeta', 'alpha']

class G(metaclass=Guard):
    K = 1
    v = 2
G.v = 5
print(G.v)
try:
    G.K = 2
except AttributeError as e:
    print(e)
del G.v
print(hasattr(G, 'v'), dir(G))
