# a metaclass's __repr__ / __str__ is used for its classes (repr, str, print, containers, f-strings, %r)
class Meta(type):
    def __repr__(cls): return f"<Meta {cls.__name__}>"
class K(metaclass=Meta): pass
print(K, repr(K), str(K), [K], f"{K}", f"{K!r}", "%s %r" % (K, K), type(K))
class M2(type):
    def __str__(cls): return "str-" + cls.__name__
class L(metaclass=M2): pass
print(L, repr(L), [L], str(L))
class Sub(K): pass
print(Sub, int, [int, K])
