# io.StringIO: write/getvalue, print(file=...), read/readline/iteration, seek/tell, truncate, closed errors.
import io

buf = io.StringIO()
print(buf.write('hello '), buf.write('world\n'), buf.tell())
print('second line', 42, file=buf)
print(repr(buf.getvalue()))
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(3)), buf.tell(), repr(buf.read()))
src = io.StringIO('a\nbb\nccc')
print([line for line in src], repr(src.read()))
src.seek(0)
print(src.readlines(), src.seek(0, 2), src.tell())
t = io.StringIO('0123456789')
t.seek(4)
t.write('XY')
print(t.getvalue(), t.truncate(6), repr(t.getvalue()), t.tell())
with io.StringIO('ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
try:
    c.getvalue()
except ValueError as e:
    print('ValueError:', e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print('TypeError:', e)
b = io.BytesIO(b'xy\nz')
print(b.readline(), b.read(), b.getvalue())
