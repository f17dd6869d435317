# s[i] of an ASCII str in the subscript slow path (negative, out of range, non-int keys, str subclasses, mixed sites)
w = "hello world"
print(w[-2], w[0], w[-11], w[10], "é" + w[3], "aé"[-1], "aéb"[-1])
for k in (-12, 11, 2**70, 1.0, "x", None):
    try:
        print(w[k])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
class S(str):
    def __getitem__(self, k):
        return "S" + str(k)
print(S("abc")[-1], S("abc")[0])
class T(str): pass
print(T("abc")[-1], T("abc")[1], T("abc")[True])
d = {"a": 1}
for o in (d, w, [1, 2, 3], (4, 5, 6), w, d):
    print(o[-1] if not isinstance(o, dict) else o["a"])
