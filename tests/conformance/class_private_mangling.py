# private name mangling: self.__x, class attributes, nested classes, dunders not mangled, leading-underscore class names, parameters, imports, comprehensions, lambdas, globals, __slots__ names
class A:
    __cls = 5
    def f(self):
        self.__x = 1
        return self.__x
    def g(self):
        return getattr(self, '__x', 'nope'), self._A__x, A.__cls, self.__cls
    def __dunder__(self):
        return 'dunder'
    def h(self):
        __local = 3
        return __local
    class __Inner:
        def k(self):
            self.__y = 2
            return self.__y
    def inner(self):
        return self.__Inner().k(), vars(self.__Inner())
a = A()
print(a.f(), a._A__x, a.g(), a.__dunder__(), a.h())
print(sorted(k for k in vars(A) if not k.startswith('__')))
print(a.inner())
class _B:
    def f(self):
        self.__z = 1
        return vars(self)
print(_B().f())
class __C:
    def f(self):
        self.__z = 1
        return vars(self)
print(__C().f())
class ___:
    def f(self):
        self.__z = 1
        return vars(self)
print(___().f())
class D(A):
    def f2(self):
        try:
            return self.__x
        except AttributeError as e:
            return str(e)
d = D(); d.f(); print(d.f2(), vars(d))
class E:
    def f(self, __p=1):
        return __p
    def g(self):
        import os.path as __op
        return __op.__name__
    def h(self):
        return [__q for __q in range(3)]
    def lam(self):
        return (lambda __r: __r)(4)
    def glob(self):
        global __gg
        __gg = 9
        return __gg

print(E().f(), E().g(), E().h(), E().lam())
print(E().glob(), '_E__gg' in globals(), '__gg' in globals())
class F:
    __slots__ = ('__s', 'b')
    def __init__(self):
        self.__s = 1
print(sorted(k for k in F.__dict__ if 'F' in k or k == 'b'), F().__s if False else F()._F__s)
def outer():
    class G:
        def f(self):
            return __name__
    return G().f()
print(outer())
class H:
    def f(self):
        def inner():
            return self.__x
        self.__x = 7
        return inner()
print(H().f(), vars(H()) if False else 0)
class I:
    x = [__i for __i in range(2)]
    def __init__(self): self.__private = 1
    def __repr__(self): return 'I'
print(I.x, vars(I()))
class J:
    def __m(self):
        return 'm'
    def call(self, other):
        other.__v = 5
        r = (self.__m(), other.__v, other._J__v)
        del other.__v
        return r, hasattr(other, '_J__v')
    @staticmethod
    def __s():
        return 's'
    def s(self):
        return J.__s(), type(self).__dict__['_J__s'].__func__.__name__
j = J()
print(sorted(k for k in J.__dict__ if not k.startswith('__')), j.call(J()), j.s())
K = type('K', (), {'__t': 1})
print('__t' in K.__dict__, '_K__t' in K.__dict__)
def f():
    __a = 1
    return __a
print(f())
