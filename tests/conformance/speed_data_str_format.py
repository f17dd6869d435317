for v in [0, 7, -7, 255, -255, 123456789, -(2**62), 2**62 - 1, 2**70, True]:
    print("%d|%5d|%-5d|%05d|%x|%X|%o|%08x|%-8X|%3o|%i|%u" % (v, v, v, v, v, v, v, v, v, v, v, v))
    print("%-05d|%+d|% d|%#x|%#o|%.3d|%5.2d" % (v, v, v, v, v, v, v))
    print(f"{v}|{v!s}|{v!r}|{v:5}|{v:x}|{v!a}")
x = 3.5
print("%s|%r|%5s|%-5s|%.1s" % ("ab", "ab", "ab", "ab", "ab"), f"{x}|{x!r}|{'é'}{x:.2f}|{'ab'!r:>6}")
class S(str): pass
s = S("sub")
print(f"{s}-{s!r}-{s:>5}-{'x' * 3}{1}{-1}{'é'}", len(f"{'é'}{'𝔘'}ab"), f"", f"{''}", repr(f"{''}{''}"))
class I(int):
    def __format__(self, spec): return "I!" + spec
    def __str__(self): return "Istr"
print(f"{I(5)}|{I(5)!s}|{I(5):x}", "%d" % I(5), "%s" % I(5))
class I(int):
    def __str__(self): return "Istr"
print("%s" % (I(5),), "%s" % I(5), "%s" % [I(5)])
class F(float):
    def __repr__(self): return "Frepr"
class L(list):
    def __str__(self): return "Lstr"
print("%s %r %d %.1f" % (F(1.5), F(1.5), I(7), F(2.25)), "%s" % F(1.5), "%r" % F(1.5), "%d" % I(9), "%x" % I(255), "%s" % L([1]))
class R:
    def __rmod__(self, o): return "rmod"
print("abc" % R() if False else "x", "%s" % R.__name__)
try:
    print("abc" % R())
except TypeError as e:
    print("TE", e)
class SS(str):
    def __rmod__(self, o): return "SS.rmod"
print("abc %s" % SS("q"), "%s" % (SS("z"),))
class M(str):
    def __mod__(self, o): return "M.mod"
print(M("%s") % 1, "%s-%s" % (M("a"), 2))
