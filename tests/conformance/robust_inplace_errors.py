# In-place operators name themselves in TypeErrors ("+=", not "+"); float ** overflow args.
class A:
    pass


for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]:
    for left, right in [(None, 1), ("s", 1.5), (A(), 2), ([1], None), (3, "x")]:
        env = {"x": left, "y": right}
        try:
            exec("x " + op + " y", env)
            print(op, "ok", repr(env["x"])[:20])
        except TypeError as e:
            print(op, "TypeError:", e)
for a, b in [(1e300, 2.0), (10.0, 400.5), (-1e200, 3.0)]:
    try:
        print(a ** b)
    except OverflowError as e:
        print("OverflowError", e.args, e)
