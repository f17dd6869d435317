# compile-time SyntaxWarnings for a subscript that is probably a missing comma: a value that cannot be
# subscripted ('int' object is not subscriptable) or a str/bytes/tuple/list display indexed by a non-integer
x = 0
def f():
    a = [1, 2] [0]
    b = 'abc'[1.5] if x else 0
    c = (1, 2)['a'] if x else 0
    d = 5[0] if x else 0
    e = {1, 2}[0] if x else 0
    g = [i for i in range(3)][None] if x else 0
    h = f"{x}"[1:2]
    k = (x for x in [])[0] if x else 0
    m = b'ab'[True]
    n = [1][x]
    o = (lambda: 1)[0] if x else 0
    p = None[0] if x else 0
    q = [1]["a":"b"] if x else 0
    r = {1: 2}['a'] if x else 0
    return a
print(f())
print(eval("[5][0] if True else (1, 2)[1.5]"))
