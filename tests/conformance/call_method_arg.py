# `r = o.m(x)`: the method's load and the argument's move run as one
# superinstruction; the load's misses (other classes, builtin types,
# instance attributes shadowing, missing names) must behave as the plain ops.


class A:
    def m(self, x):
        return ("A", x)


class B(A):
    def m(self, x):
        return ("B", x)


class C:
    pass


def call_all(objs, x):
    out = []
    for o in objs:
        out.append(o.m(x))
    return out


print(call_all([A(), B(), A(), B()], 1))
a = A()
a.m = lambda x: ("instance", x)
print(call_all([A(), a, B()], 2))
A.m = lambda self, x: ("patched", x)
print(call_all([A(), B()], 3))
try:
    call_all([A(), C()], 4)
except AttributeError as e:
    print("AttributeError", e)


def builtin_calls(x):
    lst = []
    for i in range(3):
        lst.append(x)
    s = "a-b-c"
    return lst, s.split(x if isinstance(x, str) else "-"), {}.get(x)


print(builtin_calls("-"), builtin_calls(5))


class WithCall:
    def __init__(self):
        self.m = len


print(call_all([WithCall()], "abc"))
