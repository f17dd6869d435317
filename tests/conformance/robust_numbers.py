# Float repr on exact ties between two shortest candidates (half to even),
# the int() error message cut to 200 characters, float ** overflow.
print(125892541179416.62)
print(10.0 ** 14.1)
print(1.2500076293945312)
print([0.5 ** k * 3 for k in range(0, 60, 7)])
print(repr(2.0 ** 60 + 2.0 ** 8), 1e22, 1e23, 5e-324)
for s in ["x" * 300, "é" * 250, "12a" * 70, ""]:
    try:
        int(s)
    except ValueError as e:
        print(len(str(e)), e)
try:
    int("z" * 300, 16)
except ValueError as e:
    print(e)
try:
    int(b"q" * 300)
except ValueError as e:
    print(len(str(e)))
