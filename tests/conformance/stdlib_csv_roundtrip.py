# Random rows through writer then reader, for several dialects: the reader's
# str.split fast path and its state machine must agree with what was written.
import csv, io, random

random.seed(7)
ALPHABET = 'ab ,;"\'\\\t\n\r|x1.'

def field():
    k = random.randrange(0, 6)
    return ''.join(random.choice(ALPHABET) for _ in range(k))

cases = [
    dict(),
    dict(dialect='unix'),
    dict(dialect='excel-tab'),
    dict(quoting=csv.QUOTE_ALL),
    dict(delimiter=';', quotechar="'"),
    dict(escapechar='\\', doublequote=False),
    dict(quoting=csv.QUOTE_NONE, escapechar='\\', lineterminator='\n'),
    dict(delimiter='|', lineterminator='\n'),
]
for kw in cases:
    rows = [[field() for _ in range(random.randrange(1, 5))] for _ in range(200)]
    s = io.StringIO(newline='')
    w = csv.writer(s, **kw)
    ok = 0
    for row in rows:
        try:
            w.writerow(row)
            ok += 1
        except csv.Error as e:
            rows[ok:ok + 1] = []
    text = s.getvalue()
    r = csv.reader(io.StringIO(text, newline=''), **kw)
    back = list(r)
    same = sum(1 for a, b in zip(rows, back) if a == b)
    print(sorted(kw.items()), len(text), len(back), same, r.line_num)
    for a, b in zip(rows, back):
        if a != b:
            print('  differs:', a, b)
            break

# QUOTE_NONNUMERIC round trip of numbers
s = io.StringIO()
csv.writer(s, quoting=csv.QUOTE_NONNUMERIC).writerows([[1, 2.5, 'a'], [-3, 'x,y', 0.1]])
print(repr(s.getvalue()))
print(list(csv.reader(io.StringIO(s.getvalue()), quoting=csv.QUOTE_NONNUMERIC)))

# records spanning lines, line_num, and plain lines around them
data = 'a,b\n"multi\nline",c\nd,"e ""q"""\n\nlast,\n'
r = csv.reader(io.StringIO(data))
for row in r:
    print(r.line_num, row)
