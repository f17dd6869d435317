# Method-call cache on builtin types: polymorphic sites, subclasses that
# override, instances that shadow, tagged ints/floats, None.

class MyList(list):
    def append(self, x):
        super().append(x * 10)

class Plain(list):
    pass

def push(seq, x):
    seq.append(x)
    return seq

objs = [[], [1], MyList(), Plain(), [], MyList([5])]
for o in objs:
    for k in range(3):
        push(o, k)
print(objs)

def add_all(s, xs):
    for x in xs:
        s.add(x)
    return s

class Bag:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)

print(sorted(add_all(set(), [3, 1, 3])), add_all(Bag(), [1, 2]).items, sorted(add_all(frozenset and set([9]), [1])))

def names(vals):
    out = []
    for v in vals:
        out.append(v.__class__.__name__)
        out.append(v.bit_length() if isinstance(v, int) else v.hex() if isinstance(v, float) else v.upper() if isinstance(v, str) else repr(v))
    return out

print(names([1, 2**70, True, 1.5, "ab", "cd", 3, -7]))

def keys(d):
    return d.keys(), d.get("a"), d.get("zz", 0)

class D(dict):
    def get(self, k, default=None):
        return "D.get"

print([keys(x)[1:] for x in ({"a": 1}, D(a=2), {"a": 3})])

b = Bag()
b.add(1)
b.add = lambda x: b.items.append(-x)
b.add(2)
print(b.items)
del b.add
b.add(3)
print(b.items)

s = "x,y"
for i in range(3):
    print(s.split(","), "-".join(["a", str(i)]), (i).to_bytes(2, "big"), b"ab".decode())
try:
    list.append = None
except TypeError as e:
    print(e)
n = None
for i in range(2):
    try:
        n.append(1)
    except AttributeError as e:
        print(e)
