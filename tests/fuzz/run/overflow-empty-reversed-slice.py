# Fuzz run target, session 10: reversing an empty tuple or list overflowed in
# runtime/item.rs pick() ('start as usize + 1' with start = -1; a panic in a
# build with overflow checks, as the fuzz targets are).
t = ()
l = []
print(t[::-1], l[::-1], t[::-2], l[-1::-1], ""[::-1], b""[::-1], range(0)[::-1])
for n in range(3):
    print(tuple(range(n))[::-1], list(range(n))[::-1], list(range(n))[5::-1], tuple(range(n))[-10::-1])
