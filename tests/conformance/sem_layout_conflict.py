# Bases that extend different builtin layouts: CPython's "multiple bases have
# instance lay-out conflict"; compatible mixes are accepted.
def attempt(src):
    try:
        exec(src, globals())
        print("ok:", src)
    except TypeError as e:
        print("TypeError:", e)


attempt("class A(int, str): pass")
attempt("class B(list, dict): pass")
attempt("class C(int, float): pass")
attempt("class D(Exception, int): pass")
attempt("class E(tuple, list): pass")
attempt("class F(ValueError, KeyError): pass")
attempt("class G(dict, object): pass")
attempt("class H(int, bool): pass")


class MyInt(int):
    pass


class Mixin:
    pass


attempt("class J(Mixin, MyInt): pass")
attempt("class K(MyInt, int): pass")
attempt("class L(MyInt, str): pass")


class MyDict(dict):
    pass


class MyDict2(dict):
    pass


class Both(MyDict, MyDict2):
    pass


b = Both(a=1)
print(b, isinstance(b, dict), [c.__name__ for c in Both.__mro__])
