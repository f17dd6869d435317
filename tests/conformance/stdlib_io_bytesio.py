import io
b = io.BytesIO(b"hello world\nline2\n")
print(b.read(5), b.tell(), b.readline(), b.readline(), b.readline(), b.read())
b.seek(6); b.write(b"WORLD"); print(b.getvalue())
b.seek(0, 2); b.write(bytearray(b"++")); b.write(memoryview(b"!!")); print(b.getvalue(), b.tell())
b.seek(30); b.write(b"z"); print(b.getvalue(), len(b.getvalue()))
buf = bytearray(4); b.seek(0); print(b.readinto(buf), buf, b.tell())
m = memoryview(bytearray(20)); b.seek(16); n = b.readinto(m); print(n, bytes(m[:n]))
v = b.getbuffer(); print(type(v).__name__, len(v), bytes(v[:5]))
v[0] = 72; print(b.getvalue()[:5]); v.release()
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(0); print(b.read1(3), list(io.BytesIO(b"a\nb\nc")), io.BytesIO().getvalue(), io.BytesIO(None).read())
for bad in [lambda: io.BytesIO("s"), lambda: b.write("s"), lambda: b.seek(-1), lambda: b.seek(0, 5), lambda: b.truncate(-2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
w = io.BytesIO()
for i in range(100000):
    w.write(b"x")
print(len(w.getvalue()))
b.close()
try:
    b.getbuffer()
except ValueError as e:
    print(e)
c = io.BytesIO(b"abc")
keep = c.getbuffer()
try:
    c.write(b"defg")
except BufferError as e:
    print("BufferError", e)
keep.release()
c.seek(0, 2); c.write(b"d"); print(c.getvalue())
