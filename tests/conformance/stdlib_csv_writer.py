# csv.writer: rows given as lists/tuples and as iterators must give the same
# text (the first take the native join, the second the Python writer), for
# every quoting mode and a mix of field types; errors as CPython words them.
import csv, io, random

random.seed(11)


class Num:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __str__(self):
        return 'Num(%s)' % self.v


def value():
    k = random.randrange(9)
    if k == 0:
        return None
    if k == 1:
        return random.randrange(-5, 10 ** random.randrange(1, 25))
    if k == 2:
        return random.choice([0.1, -2.5, 1e300, 3.0, float('inf')])
    if k == 3:
        return random.choice([True, False])
    if k == 4:
        return Num(random.randrange(5))
    return ''.join(random.choice('ab ,;"\'\\\t\n\rx') for _ in range(random.randrange(5)))


dialects = [
    dict(),
    dict(quoting=csv.QUOTE_ALL),
    dict(quoting=csv.QUOTE_NONNUMERIC),
    dict(quoting=csv.QUOTE_NONE, escapechar='\\'),
    dict(doublequote=False, escapechar='\\'),
    dict(delimiter=';', quotechar="'", lineterminator='\n'),
    dict(dialect='unix'),
    dict(dialect='excel-tab'),
]
for kw in dialects:
    rows = [[value() for _ in range(random.randrange(1, 5))] for _ in range(150)]
    a, b = io.StringIO(), io.StringIO()
    wa, wb = csv.writer(a, **kw), csv.writer(b, **kw)
    errors = 0
    for row in rows:
        ra = rb = None
        try:
            ra = wa.writerow(row if len(row) % 2 else tuple(row))
        except csv.Error as e:
            ra = 'Error: %s' % e
        try:
            rb = wb.writerow(iter(row))
        except csv.Error as e:
            rb = 'Error: %s' % e
        if ra != rb:
            print('  differ:', row, ra, rb)
        if isinstance(ra, str) and ra.startswith('Error'):
            errors += 1
    text = a.getvalue()
    print(sorted(kw.items()), len(text), errors, text == b.getvalue())
    print('   ', repr(text[:120]))

w = csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE)
for row in [[''], ['a,b'], ('x', None)]:
    try:
        print(row, w.writerow(row))
    except csv.Error as e:
        print(row, 'Error:', e)
s = io.StringIO()
w = csv.writer(s)
print(w.writerow([]), w.writerow(['']), w.writerow([None]), w.writerow(('', '')), repr(s.getvalue()))
try:
    w.writerow(5)
except csv.Error as e:
    print('Error:', e)
print(w.writerows([[1, 2], (3, 4), iter([5, 6])]), repr(s.getvalue()[-12:]))
