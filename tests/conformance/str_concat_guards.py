# p + q in loops whose operands stop being two exact strs mid-loop: a str
# subclass with and without __add__/__radd__, a non-str right operand, an
# int (TypeError), and += on strs.


class S(str):
    pass


class A(str):
    def __add__(self, o):
        return "A+" + str(o)

    def __radd__(self, o):
        return str(o) + "+A"


class R:
    def __radd__(self, o):
        return "R(" + o + ")"


def run(ps, qs):
    out = []
    for p, q in zip(ps, qs):
        try:
            r = p + q
            out.append((type(r).__name__, r))
        except TypeError as e:
            out.append(("TypeError", str(e)))
    return out


for row in run(["ab", "ab", S("s"), "x", A("a"), "y", "c", "é", "", "z"],
               ["cd", S("t"), "u", A("b"), "w", R(), 5, "ü", "", "日本"]):
    print(row)
s = ""
for i in range(5):
    s = s + str(i)
    s += "-"
print(s, len(s))
t = "é"
for i in range(3):
    t = t + t
print(t, len(t), t.isascii(), (t + "a").isascii(), ("a" + "b").isascii())
u = S("q")
for i in range(3):
    u = u + "r"
print(u, type(u).__name__)
