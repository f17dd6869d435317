# Instance attributes of instances with a dict (dict mode: __dict__ taken,
# vars(), out-of-order stores, deletes) through the attribute caches: hits on
# the cached dict entry, entries that moved, names that left, the same site
# meeting inline-mode and dict-mode instances of one class, and dict writes
# seen by the cached loads.


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def loop_read(o, n):
    t = 0
    for i in range(n):
        t = t + o.a
    return t


def loop_write(o, n):
    for i in range(n):
        o.b = i
    return o.b


def read_a(o):
    return o.a


def write_a(o, v):
    o.a = v


# dict mode through __dict__
p = P(1, 2)
p.__dict__
print(loop_read(p, 50), loop_write(p, 40), p.__dict__)

# the cached entry moves: delete and re-add shifts the dict's entries
q = P(3, 4)
vars(q)
print(read_a(q), read_a(q))
del q.a
q.c = 5
q.a = 6
print(read_a(q), read_a(q), sorted(vars(q).items()))
write_a(q, 7)
write_a(q, 8)
print(q.a, q.__dict__)

# the name leaves the dict: AttributeError, then back
del q.a
try:
    read_a(q)
except AttributeError as e:
    print("AttributeError", e)
q.__dict__["a"] = 9
print(read_a(q))

# writes through the dict are seen by the cached load, and the other way
d = q.__dict__
d["a"] = 10
print(read_a(q))
write_a(q, 11)
print(d["a"])

# one site, inline-mode and dict-mode instances of the same class
r = P(12, 13)
s = P(14, 15)
s.__dict__
for o in [r, s, r, s]:
    write_a(o, read_a(o) + 1)
print(r.a, s.a, vars(r), vars(s))

# out-of-order store puts an instance in dict mode
t = P(16, 17)
t.z = 1
u = P(18, 19)
del u.a
u.a = 20
print(loop_read(t, 3), loop_read(u, 3), loop_write(u, 5), vars(u))

# a data descriptor added to the class later wins over the dict entry
def get_a(self):
    return "prop"


P.a = property(get_a)
print(read_a(p), read_a(s))
