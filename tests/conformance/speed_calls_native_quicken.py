# Call sites quickened to call a native directly (call_native / call_method_native)
# and deoptimised when the callee changes; load_method's instance-dict shadow checks.


def site(f, x):
    return f(x)


def alternating():
    out = []
    fs = [len, str, abs, lambda v: ("py", v), len, type, repr]
    for k in range(3):
        for f in fs:
            out.append(site(f, [1, 2] if f is len else -5))
    print(out)


class Meth:
    def find(self, c):
        return "user find " + c


def method_site(o):
    return o.find(":")


def method_deopt():
    out = []
    objs = ["a:b", "ab:", Meth(), "x", 5, Meth(), ":::", [1], "q"]
    for o in objs:
        try:
            out.append(method_site(o))
        except (AttributeError, TypeError) as e:
            out.append((type(e).__name__, str(e)))
    print(out)


class S(str):
    def upper(self):
        return "S.upper(" + str.upper(self) + ")"


def upper_site(s):
    return s.upper()


def str_subclass():
    print([upper_site(x) for x in ["ab", S("cd"), "ef", S("gh")]])
    print(S("a:b").split(":"), type(S("a:b").split(":")[0]).__name__)


class L(list):
    def append(self, x):
        list.append(self, x * 10)


def append_site(l, x):
    l.append(x)


def list_subclass():
    a, b = [], L()
    for i in range(4):
        append_site(a, i)
        append_site(b, i)
    print(a, b)


def errors():
    s = "abc"
    for args in [(1,), ("b",), (None,)]:
        try:
            print(s.find(*args))
        except TypeError as e:
            print("TypeError", e)
    for k in range(3):
        try:
            print(s.index("z" if k == 1 else "b"))
        except ValueError as e:
            print("ValueError", e)
    try:
        print(len(1))
    except TypeError as e:
        print("TypeError", e)
    try:
        print(len())
    except TypeError as e:
        print("TypeError", e)
    try:
        print("-".join(["a", 1]))
    except TypeError as e:
        print("TypeError", e)
    d = {"k": 1}
    print(d.get("k"), d.get("z"), d.get("z", 5))
    try:
        d.get()
    except TypeError as e:
        print("TypeError", e)
    print("a,b".split(sep=","), "a b".split(maxsplit=0), "x".center(5, "*"))
    try:
        "x".split(bogus=1)
    except TypeError as e:
        print("TypeError", e)


class P:
    def m(self):
        return "class m"


def call_m(o):
    return o.m()


def instance_shadow():
    out = []
    a = P()
    out.append(call_m(a))
    a.m = lambda: "instance m"
    out.append(call_m(a))
    del a.m
    out.append(call_m(a))
    # a big instance dict (indexed table) that shadows the method later
    b = P()
    for i in range(20):
        setattr(b, "attr%d" % i, i)
    out.append(call_m(b))
    b.m = lambda: "big instance m"
    out.append(call_m(b))
    out.append(call_m(a))
    P.m = lambda self: "replaced class m"
    out.append(call_m(a))
    out.append(call_m(b))
    print(out)


def rebinding_builtins():
    import builtins
    out = []
    for k in range(4):
        if k == 2:
            builtins.len = lambda x: "fake len"
        out.append(len("abcd"))
    del builtins.len
    print(out)


def bound_natives():
    s = "a-b-c"
    sp = s.split
    f = [].append
    out = []
    for k in range(3):
        out.append(sp("-"))
        f(k)
    print(out, f.__self__)
    g = print
    for k in range(2):
        g("printed", k, sep="|")


def raising_in_loop():
    total = 0
    for i in range(6):
        try:
            total += int("12" if i % 2 else "x")
        except ValueError as e:
            total += 1
            last = str(e)
    print(total, last)


alternating()
method_deopt()
str_subclass()
list_subclass()
errors()
instance_shadow()
rebinding_builtins()
bound_natives()
raising_in_loop()
