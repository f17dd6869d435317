def kw(a, b, *, c, d=4):
    return a, b, c, d
print(kw(1, 2, c=3))
for call in [lambda: kw(1), lambda: kw(1,2), lambda: kw(1,2,3), lambda: kw(1,2,c=1,e=2), lambda: kw(1,2,c=1,a=2), lambda: kw(1,2,3,c=4)]:
    try:
        call()
    except TypeError as e:
        print(e)
def many(a, b, c, d=1):
    return a
for call in [lambda: many(), lambda: many(1, 2), lambda: many(1, 2, 3, 4, 5)]:
    try:
        call()
    except TypeError as e:
        print(e)
def star(*args, **kwargs):
    return args, sorted(kwargs.items())
print(star(), star(1, 2, x=3), star(*range(3), **{"y": 1}))
def pos_only(a, b, /, c):
    return a, b, c
print(pos_only(1, 2, c=3))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print(e)
class A:
    def m(self, x, y=2):
        return x + y
    def n(self):
        pass
a = A()
print(a.m(1), a.m(1, y=5), A.m(a, 3))
try:
    a.m()
except TypeError as e:
    print(e)
try:
    a.n(1)
except TypeError as e:
    print(e)
try:
    f = star(**{1: 2})
except TypeError as e:
    print(e)
try:
    star(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    [*5]
except TypeError as e:
    print(e)
x, y = 1, 2
for src in [[1, 2, 3], (1,), "ab", iter([1])]:
    try:
        p, q = src
        print(p, q)
    except ValueError as e:
        print(e)
try:
    p, q = 5
except TypeError as e:
    print(e)
a, *b, c = range(5)
print(a, b, c)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
def ul():
    print(zz)
    zz = 1
try:
    ul()
except UnboundLocalError as e:
    print(e)
def free():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(e)
    v = 1
free()
def rec(n):
    return n if n == 0 else rec(n - 1)
print(rec(500))
