# str.split on a one-byte separator builds the list directly; slice bounds
# for unit steps without division: edges against CPython.
class S(str):
    pass

for s in ["", ":", "::", "a:b", ":a:", "a::b:", "é:ü:ß", "no-sep", S("x:y"), "a:" * 20]:
    r = s.split(":")
    print(len(r), r[:5], [type(x).__name__ for x in r[:2]])
print("a b".split(" "), "a,b,,c".split(",", 1), "a,b,c".split(",", 0), "a,b,c".split(",", -1))
print("aXbXc".split("X"), "a\tb".split("\t"), "1.2.3".split("."), "ab→cd".split("→"))
print("aé".split("é"), "a–b".split("–"))
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
L = list(range(10))
for sl in [slice(None), slice(2, 5), slice(5, 2), slice(-3, None), slice(None, -3), slice(None, None, -1),
           slice(8, 1, -1), slice(1, 8, -1), slice(None, None, 2), slice(None, None, -3), slice(-100, 100),
           slice(100, -100, -1), slice(3, 3), slice(-1, -2, -1), slice(0, 10, 3), slice(9, None, -1)]:
    print(sl, L[sl], "0123456789"[sl], tuple(L)[sl], sl.indices(10))
M = list(range(8))
M[:4] = M[3::-1]
print(M)
M[2:5] = []
print(M)
M[::2] = "abc"
print(M)
M[4:0:-1] = [7, 8, 9, 10]
print(M)
try:
    M[::-1] = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    L[::0]
except ValueError as e:
    print("ValueError", e)
print(L[True:7:2], L[-11:], L[:-11], L[2:9:-1])
