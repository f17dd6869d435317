# str.join with short pieces copied inline, and small-int operators taken
# straight from the generic handler: edges against CPython.
class S(str):
    pass

print("".join([]), "-".join(["a"]), "-".join([S("x")]), type("-".join([S("x")])).__name__)
print("".join(["a", "b", "c"]), ", ".join(("x", "", "yz")), "".join(["", ""]) == "")
print("é".join(["a", "ü", "ß"]), len("é".join(["a", "ü", "ß"])), "→".join("abc"))
print("ab".join([S("p"), "q" * 20, "r" * 7, "s" * 9]), len("".join(["x" * 16, "y" * 17, "z" * 3])))
print(" ".join(str(i) for i in range(12)), "|".join({"k": 1, "j": 2}))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
try:
    "-".join([b"a"])
except TypeError as e:
    print("TypeError", e)
vals = [0, 1, -1, 7, -7, 63, 64, 2 ** 62, -(2 ** 62), 2 ** 63 - 1, -(2 ** 63)]
for a in vals:
    row = []
    for b in [0, 1, 3, 62, 63, 64, 100]:
        row.append(a >> b)
        row.append((a << b) % 1000003 if b < 100 else (a << b) > 0)
    print(a, row, a & 0xFF, a | 12, a ^ -5, a % 7, a // 7, a % -7, a // -7)
for a, b in [(1, -1), (5, 0)]:
    for f in (lambda: a >> b, lambda: a << b, lambda: a % b, lambda: a // b):
        try:
            print(f())
        except (ValueError, ZeroDivisionError) as e:
            print(type(e).__name__, e)
x = 5
x >>= 1
x <<= 70
x &= (1 << 71) - 1
x |= 3
x ^= 1
print(x, True & True, True | 0, False ^ True, True >> 0, 1 << True)
