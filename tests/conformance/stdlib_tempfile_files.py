# TemporaryFile, NamedTemporaryFile, SpooledTemporaryFile's rollover: files opened on descriptors.
import tempfile, os

with tempfile.TemporaryFile() as f:
    f.write(b'abc' * 10)
    f.seek(0)
    print(f.read(4), f.tell())
with tempfile.TemporaryFile('w+') as f:
    f.write('line1\nline2\n')
    f.seek(0)
    print(f.readlines())

with tempfile.NamedTemporaryFile('w+', suffix='.csv', delete=True) as f:
    print(os.path.exists(f.name), f.name.endswith('.csv'), os.path.dirname(f.name) == tempfile.gettempdir())
    f.write('x,y\n')
    f.flush()
    with open(f.name) as g:
        print(repr(g.read()))
    saved = f.name
print(os.path.exists(saved))
f = tempfile.NamedTemporaryFile(delete=False)
f.write(b'keep')
f.close()
print(os.path.exists(f.name), os.path.getsize(f.name))
os.unlink(f.name)

s = tempfile.SpooledTemporaryFile(max_size=10, mode='w+')
s.write('small')
print(s._rolled)
s.write('and now larger than ten')
print(s._rolled)
s.seek(0)
print(s.read())
s.close()
f = tempfile.NamedTemporaryFile()
keep = f.name
f.close()
print(os.path.exists(keep))
