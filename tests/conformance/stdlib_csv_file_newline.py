# csv with real files: open(..., newline='') keeps '\r\n' inside quoted fields
# (the csv module's documented way to open files); newline=None reads '\r\n'
# as '\n'; open()'s newline errors.
import csv, os, tempfile

fd, name = tempfile.mkstemp(suffix='.csv')
os.close(fd)
with open(name, 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['id', 'text'])
    w.writerow([1, 'two\r\nlines'])
    w.writerow([2, 'a "quote"'])
    w.writerow([3, 'lone\nnewline'])
with open(name, 'rb') as f:
    print(f.read())
with open(name, newline='') as f:
    for row in csv.reader(f):
        print(row)
with open(name, newline='') as f:
    print([r['text'] for r in csv.DictReader(f)])
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(name, newline=nl) as f:
        print(repr(nl), repr(f.read()[:24]))
for bad in ['x', 1]:
    try:
        open(name, newline=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
os.unlink(name)
