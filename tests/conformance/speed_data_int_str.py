vals = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 12345, 99999, 100000, 10**9 - 1, 10**9, 2**62 - 1, -(2**62), -1, -9, -10, -99, -100, -101]
print([str(v) for v in vals])
print([f"{v}" for v in vals], [len(str(v)) for v in vals])
print(["%d" % v for v in vals], [str(v) + "x" for v in vals[:6]], ["ab" + "c" * k for k in range(20)])
print([("é" * k) + ("x" * j) for k in range(3) for j in (0, 3, 5, 9, 17)])
