# Slow paths reached by tail jumps (flow_op!): compares and branches on
# strs, mixed numbers, NaN, user classes (raising too), truth of objects,
# arithmetic chains leaving the small-int / float fast paths.


class C:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        if self.v == "boom":
            raise RuntimeError("eq boom")
        return isinstance(o, C) and o.v == self.v

    def __lt__(self, o):
        return self.v < o.v

    def __gt__(self, o):
        return self.v > o.v

    def __bool__(self):
        if self.v == "nobool":
            raise ValueError("no truth")
        return bool(self.v)


def cmps(pairs):
    out = []
    for a, b in pairs:
        try:
            r = [a == b, a != b]
            if a == b:
                r.append("eq")
            if a != b:
                r.append("ne")
            try:
                r += [a < b, a > b, a <= b, a >= b]
                if a < b:
                    r.append("lt")
                if a > b:
                    r.append("gt")
            except TypeError as e:
                r.append("TypeError " + str(e))
            out.append(r)
        except RuntimeError as e:
            out.append("RuntimeError " + str(e))
    return out


nan = float("nan")
for r in cmps([("ab", "ab"), ("ab", "ac"), ("a" * 30, "a" * 30), (1, 1.0), (2**70, 2**70 + 1), (nan, nan),
               (1.5, 2), (True, 1), (None, None), (C(1), C(1)), (C(1), C(2)), (C("boom"), C(1)), ("x", 1),
               ((1, 2), (1, 3)), ([1], [1])]):
    print(r)


def truths(vals):
    out = []
    for v in vals:
        try:
            if v:
                out.append(1)
            else:
                out.append(0)
            if not v:
                out.append("n")
        except ValueError as e:
            out.append(str(e))
    return out


print(truths([0, 1, -1, 0.0, 2.5, "", "a", [], [0], {}, (), None, True, False, C(0), C(3), C("nobool"), 2**80, nan]))


def chains(xs):
    out = []
    for x in xs:
        try:
            out.append(x * 3 + 1)
            out.append(x * x - x)
            out.append(x - 1 - 2)
            out.append(x + x * 2)
            y = x
            y += x * 2
            y -= x * 1
            out.append(y)
        except TypeError as e:
            out.append("TypeError " + str(e))
    return out


print(chains([1, 2**40, 2**61 - 1, -(2**61), 1.5, 1e300, "ab", [1], None]))


def while_str():
    s = ""
    while s != "aaaa":
        s = s + "a"
    n = 0
    t = "b"
    while t == "b" and n < 3:
        n += 1
    return s, n


print(while_str())
