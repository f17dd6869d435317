# The metaclass of a class: CPython's __build_class__ and type.__new__ pick the
# most derived of the explicit metaclass and the bases' metaclasses, and raise
# "metaclass conflict" when they are not in one line.
class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


def attempt(src):
    try:
        exec(src, globals())
        print("ok:", src)
    except TypeError as e:
        print("TypeError:", e)


attempt("class C(A, B): pass")
attempt("class D(A, metaclass=M2): pass")
attempt("type('X', (A, B), {})")
attempt("M1('X', (B,), {})")
attempt("type('X', (1,), {})")
attempt("class E(A, metaclass=type): pass")
print(type(E))
print(type(type('Y', (A,), {})))


class Sub(M1):
    pass


class F(A, metaclass=Sub):
    pass


class G(F, A):
    pass


print(type(F), type(G))


class Logged(type):
    def __new__(mcls, name, bases, ns):
        print("Logged.__new__", mcls.__name__, name)
        return super().__new__(mcls, name, bases, ns)


class H(metaclass=Logged):
    pass


# type() with a base whose metaclass defines __new__: that __new__ builds it.
K = type("K", (H,), {})
print(type(K).__name__, K.__bases__[0].__name__)


def not_a_class(name, bases, ns):
    return name + "!"


class I(A, metaclass=not_a_class):
    pass


print(I)
