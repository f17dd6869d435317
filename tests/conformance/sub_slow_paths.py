# subscript errors and slice stores through the generic subscript slow path (runtime called straight from quick.rs)
d = {"a": 1}
l = [1, 2, 3]
for o, k in ((d, "b"), (l, 5), (l, "x"), ("ab", 9), ((1,), -3), (5, 0), (d, []), (l, slice(0, 9, 0))):
    try:
        print(o[k])
    except Exception as e:
        print(type(e).__name__, e)
    try:
        o[k] = 1
        print(o)
    except Exception as e:
        print(type(e).__name__, e)
l[-1] = 9; l[1:2] = [7, 7]; print(l, l[-2], l[::2])
