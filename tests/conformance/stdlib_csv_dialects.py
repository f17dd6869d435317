import csv, io, os
fn = 'u_t2.csv'
with open(fn, 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['name', 'age', 'note'])
    w.writerow(['Ann', 31, 'likes "tea", cake'])
    w.writerow(['Bob', 4.5, 'two\nlines'])
    w.writerows([['x', None, ''], ['y', True, ' sp']])
with open(fn, newline='') as f:
    print(f.readline().strip())
with open(fn, newline='') as f:
    r = csv.reader(f)
    for row in r:
        print(r.line_num, row)
with open(fn, newline='') as f:
    for d in csv.DictReader(f):
        print(d)
with open(fn, newline='') as f:
    dr = csv.DictReader(f, fieldnames=['a', 'b'], restkey='rest')
    print(dr.fieldnames, list(dr)[:2])
with open(fn, newline='') as f:
    dr = csv.DictReader(f, fieldnames=['a', 'b', 'c', 'd', 'e'], restval='RV')
    print(next(dr))
s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=['a', 'b'], extrasaction='ignore')
dw.writeheader()
dw.writerow({'a': 1, 'b': 2, 'c': 3})
dw.writerows([{'a': 'x'}, {'b': 'y'}])
print(repr(s.getvalue()))
try:
    csv.DictWriter(io.StringIO(), ['a']).writerow({'z': 1})
except ValueError as e:
    print(e)
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='bad')
except ValueError as e:
    print(e)
s = io.StringIO()
w = csv.writer(s, dialect='excel-tab')
w.writerow(['a\tb', 'c'])
w = csv.writer(s, dialect='unix')
w.writerow(['a', 1, 'c d'])
w = csv.writer(s, quoting=csv.QUOTE_NONNUMERIC)
w.writerow(['a', 1, 2.5, None, True])
w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='\\')
w.writerow(['a,b', 'c"d', 'e\\f'])
w = csv.writer(s, doublequote=False, escapechar='\\')
w.writerow(['a"b', 'x'])
print(repr(s.getvalue()))
print(list(csv.reader(io.StringIO(s.getvalue()))))
class My(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect('my', My)
print(sorted(csv.list_dialects()))
print(list(csv.reader(["a; 'b;c'; d", "1;2"], 'my')))
d = csv.get_dialect('my')
print(d.delimiter, d.quotechar, d.skipinitialspace, repr(d.lineterminator), d.quoting, d.strict, d.escapechar, d.doublequote)
csv.unregister_dialect('my')
try:
    csv.unregister_dialect('my')
except csv.Error as e:
    print('Error:', e)
class Bad(csv.Dialect):
    delimiter = ','
try:
    Bad()
except csv.Error as e:
    print('Error:', e)
print(list(csv.reader(['a|b|"c|d"'], delimiter='|')))
print(list(csv.reader(['a, b,  "c"'], skipinitialspace=True)))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['"a\\"b",c'], escapechar='\\', doublequote=False)))
print(list(csv.reader(['1,2.5,"x",,-3'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"b""c",d'])))
old = csv.field_size_limit(5)
try:
    list(csv.reader(['abcdefgh']))
except csv.Error as e:
    print('Error:', e)
try:
    list(csv.reader(['"abcdefgh"']))
except csv.Error as e:
    print('Error:', e)
print(csv.field_size_limit(old), csv.field_size_limit())
sn = csv.Sniffer()
sample = 'a;b;c\n1;2;3\n4;5;6\n'
dia = sn.sniff(sample)
print(dia.delimiter, repr(dia.quotechar), dia.skipinitialspace, sn.has_header(sample))
dia = sn.sniff('"x","y"\n"1","2"\n')
print(dia.delimiter, repr(dia.quotechar), dia.doublequote)
print(sn.has_header('name,age\nann,3\nbob,4\n'))
try:
    sn.sniff('')
except csv.Error as e:
    print('Error:', e)
os.remove(fn)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(csv.Error.__mro__[1], issubclass(csv.Error, Exception))
