# str(x) calls of the builtin class with one positional argument (the VM's
# direct path) next to the other forms of the call.


class S(str):
    def __str__(self):
        return "S.__str__"


class WithStr:
    def __str__(self):
        return "WithStr!"


class ReprOnly:
    def __repr__(self):
        return "<ReprOnly>"


class Bad:
    def __str__(self):
        return 42


class Raises:
    def __str__(self):
        raise ValueError("no str for you")


class B(int):
    pass


def conv(xs):
    return [str(x) for x in xs]


print(conv([0, 7, -7, 10, 99, 100, -100, 123456789, 2**61 - 1, -(2**61), 2**62, 2**100, -(2**100)]))
print(conv([True, False, None, 2.5, -0.0, 1e300, float("inf"), 3j, b"ab", [1, "x"], (1,), {"k": 1}]))
print(conv(["", "abc", "é", S("sub"), WithStr(), ReprOnly(), B(5), range(3), str, int]))
s = "same"
print(str(s) is s, type(str(S("x"))).__name__, str(S("x")))
for bad in [Bad(), Raises()]:
    try:
        str(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(str()), str(b"caf\xc3\xa9", "utf-8"), str(b"ab", encoding="ascii"), str(object=12))
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    str(5, "utf-8")
except TypeError as e:
    print("TypeError", e)


def shadowed(n):
    str = lambda x: "lambda " + repr(x)
    return str(n)


print(shadowed(3), S(4), type(S(4)).__name__)
