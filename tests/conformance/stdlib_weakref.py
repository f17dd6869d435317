# weakref: refs read None once their referent was collected (gc.collect()),
# callbacks, equality/hash, proxies, WeakValueDictionary, WeakKeyDictionary,
# WeakSet, finalize, WeakMethod, getweakrefcount, errors.
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Obj({self.name})"

    def method(self):
        return "method of " + self.name


log = []


def collect():
    # Tauraro traces the register stack: a finished call's locals stay in
    # the registers above its caller's until something overwrites them. A
    # call clears its own frame's registers, so calling this one (room for
    # 32) before collecting drops what the helpers left behind, as CPython's
    # reference counting drops them at return.
    r0 = r1 = r2 = r3 = r4 = r5 = r6 = r7 = r8 = r9 = r10 = r11 = r12 = r13 = r14 = r15 = None
    r16 = r17 = r18 = r19 = r20 = r21 = r22 = r23 = r24 = r25 = r26 = r27 = r28 = r29 = r30 = r31 = None
    gc.collect()


# We collect by tracing: an object is dead once nothing reaches it, and its
# weakrefs read None after the next collection. Objects are made in helper
# functions so that no temporary of the checking frame still holds them.
def make_refs():
    o = Obj("a")
    r = weakref.ref(o)
    r2 = weakref.ref(o)
    rc = weakref.ref(o, lambda ref: log.append(("cb", ref() is None)))
    print(r() is o, r is r2, rc is r, weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
    print(r == rc, hash(r) == hash(o), rc.__callback__ is not None, r.__callback__)
    print(type(r).__name__, type(r) is weakref.ReferenceType, isinstance(r, weakref.ref))
    print(repr(r).startswith("<weakref at 0x"), "to 'Obj'" in repr(r))
    return r, r2, rc


def basic():
    r, r2, rc = make_refs()
    collect()
    print("dead:", r(), rc(), log, repr(r).endswith("; dead>"))
    print("dead refs still hash:", hash(r) == hash(r2), r == r2, r == rc)
    r3 = weakref.ref(Obj("tmp"))
    collect()
    print("unhashed dead ref:", r3())
    try:
        hash(r3)
    except TypeError as e:
        print("TypeError", e)


basic()


def live_while_referenced():
    keep = [Obj(i) for i in range(5)]
    refs = [weakref.ref(x) for x in keep]
    collect()
    print([r() for r in refs])
    del keep[1], keep[2]
    collect()
    print([r() for r in refs])


live_while_referenced()


def errors():
    for v in (1, "s", (1,), [1], {}, None):
        try:
            weakref.ref(v)
        except TypeError as e:
            print("TypeError", e)
    try:
        weakref.ref()
    except TypeError as e:
        print("TypeError", type(e).__name__)


errors()


def make_function_refs():
    def f():
        return 42

    class K:
        pass

    rf, rk, rs = weakref.ref(f), weakref.ref(K), weakref.ref({1, 2})
    print(rf()(), rk().__name__)
    return rf, rk, rs


def functions_and_classes():
    rf, rk, rs = make_function_refs()
    collect()
    print(rf(), rk(), rs())


functions_and_classes()


def callbacks_order():
    out = []
    o = Obj("c")
    refs = [weakref.ref(o, lambda r, i=i: out.append(i)) for i in range(3)]
    del o
    collect()
    print("callbacks newest first:", out, [r() for r in refs])

    class Bad:
        def __call__(self, r):
            raise ValueError("in callback")

        def __repr__(self):
            return "<Bad callback>"
    bad = Bad()
    p = Obj("p")
    rp = weakref.ref(p, bad)
    del p
    collect()
    print("after a failing callback", rp())


callbacks_order()


class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag


def make_subclass_ref():
    o = Obj("s")
    m = MyRef(o, None, tag="t")
    print(m() is o, m.tag, isinstance(m, weakref.ref), m is weakref.ref(o))
    return m


def subclass():
    m = make_subclass_ref()
    collect()
    print(m(), m.tag)


subclass()


def proxies():
    o = Obj("x")
    p = weakref.proxy(o)
    print(p.name, p.method(), str(p), weakref.getweakrefcount(o))
    p.name = "y"
    print(o.name, type(p).__name__)
    fp = weakref.proxy(lambda v: v * 2)
    print(type(fp).__name__)
    del o
    collect()
    try:
        p.name
    except ReferenceError as e:
        print("ReferenceError", e)


proxies()


def value_dict_fill(d, keep):
    a, b, c = Obj("a"), Obj("b"), Obj("c")
    d["a"], d["b"], d["c"] = a, b, c
    keep += [a, c]
    print(len(d), sorted(d.keys()), d["a"], d.get("zz", "dflt"), "b" in d)


def value_dict_check(d):
    print(len(d), sorted(d.keys()), "b" in d, d.get("b"))
    try:
        d["b"]
    except KeyError as e:
        print("KeyError", e)
    print(sorted(k for k, v in d.items()), sorted(v.name for v in d.values()))
    print(d.pop("a").name, len(d), d.setdefault("c").name)


def value_dict():
    d = weakref.WeakValueDictionary()
    keep = []
    value_dict_fill(d, keep)
    collect()
    value_dict_check(d)
    keep.clear()
    collect()
    print(len(d), list(d))


value_dict()


def key_dict():
    d = weakref.WeakKeyDictionary()
    k1, k2 = Obj("k1"), Obj("k2")
    d[k1] = 1
    d[k2] = 2
    print(len(d), d[k1], k2 in d, Obj("other") in d, sorted(v for v in d.values()))
    del k1
    collect()
    print(len(d), [k.name for k in d.keys()], d.get(k2))
    del d[k2]
    print(len(d))


key_dict()


def weak_set():
    s = weakref.WeakSet()
    items = [Obj(i) for i in range(4)]
    for x in items:
        s.add(x)
    s.add(items[0])
    print(len(s), items[2] in s, Obj(9) in s)
    del items[1:3]
    collect()
    print(len(s), sorted(x.name for x in s))
    s.discard(items[0])
    print(len(s), [x.name for x in s])


weak_set()


def finalizers():
    o = Obj("f")
    f = weakref.finalize(o, print, "finalized", "f")
    print(f.alive, f.peek()[1] is print)
    del o
    collect()
    print(f.alive, f())
    o2 = Obj("g")
    f2 = weakref.finalize(o2, lambda: "called")
    print(f2(), f2.alive, f2())
    o3 = Obj("h")
    f3 = weakref.finalize(o3, print, "never")
    print(f3.detach()[0] is o3, f3.alive)
    global keep
    keep = Obj("at exit")
    weakref.finalize(keep, print, "finalizer at exit")


finalizers()


def make_weak_method():
    o = Obj("m")
    wm = weakref.WeakMethod(o.method)
    print(wm()(), wm == weakref.WeakMethod(o.method))
    return wm


def weak_method():
    wm = make_weak_method()
    collect()
    print(wm())
    try:
        weakref.WeakMethod(len)
    except TypeError as e:
        print("TypeError", e)


weak_method()
print("end")
