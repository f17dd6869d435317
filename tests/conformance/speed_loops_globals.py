# Globals inline cache (locals::load_global): builtins cached as "absent
# from globals at keys_version V"; every way of invalidating it.


def f(n):
    out = []
    for i in range(n):
        out.append(len("abc"))
        if i == 2:
            globals()["len"] = lambda s: 99
        if i == 4:
            del globals()["len"]
    return out


print(f(7))


def g():
    r = []
    for i in range(3):
        r.append(abs(-3))
    return r


print(g())
abs = lambda x: "shadow"
print(g())
del abs
print(g())


def h():
    return [max(1, 2) for _ in range(3)]


print(h())
exec("max = min", globals())
print(h())
exec("del max", globals())
print(h())

# One code object run in two globals dicts.
c = compile("r = len('xy')", "<s>", "exec")
d1 = {}
exec(c, d1)
print(d1["r"])
d2 = {"len": lambda s: -1}
exec(c, d2)
print(d2["r"])
exec(c, d1)
print(d1["r"])


def k():
    try:
        return undefined_name
    except NameError as e:
        return str(e)


print(k())
undefined_name = 5
print(k())
del undefined_name
print(k())


def m():
    return len([1, 2]) + G1


G1 = 1
for j in range(40):
    globals()["x%d" % j] = j
    if j % 10 == 0:
        print(m())
for j in range(0, 40, 2):
    del globals()["x%d" % j]
print(m(), sorted(k for k in globals() if k.startswith("x"))[:3])


def shadow_in_loop():
    r = []
    for i in range(6):
        r.append(str(i))
        if i == 1:
            globals()["str"] = repr
        elif i == 3:
            del globals()["str"]
    return r


print(shadow_in_loop())
