import zlib
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
# Streams made by CPython's zlib (fixed bytes), so the test is independent of the encoder.
c = b'x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\xc9\xc0\xca\x04\x00\xdd\xfd\r\x15'
g = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03KLJ\x06\x00\xc2A$5\x03\x00\x00\x00'
print(zlib.decompress(c), zlib.decompress(g, 31), zlib.decompress(g, 47), zlib.decompress(c, 47))
print(zlib.decompress(bytearray(c)), zlib.decompress(memoryview(c)))
texts = [b'', b'a', b'hello world' * 50, bytes(range(256)) * 40, b'\x00' * 100000]
for d in texts:
    for level in (-1, 0, 1, 6, 9):
        for wbits in (15, -15, 31, 9):
            z = zlib.compress(d, level, wbits)
            back = zlib.decompress(z, wbits if wbits != 9 else 15)
            assert back == d, (len(d), level, wbits)
    print(len(d), 'round trips ok', len(zlib.compress(d)) <= len(d) + 11)
print(zlib.compress(b'')[:2], zlib.compress(b'abc', wbits=31)[:3], zlib.compress(b'abc', 9, wbits=31)[8:10], zlib.compress(b'abc', 1, wbits=31)[8:10])
t(lambda: zlib.decompress(b'garbage'))
t(lambda: zlib.decompress(c[:-3]))
t(lambda: zlib.decompress(c[:-1]+b'\x00'))
t(lambda: zlib.decompress(g[:-1]+b'\x07', 31))
t(lambda: zlib.decompress(g[:-8]+b'\xc2A$5\x04\x00\x00\x00', 31))
t(lambda: zlib.decompress(b'\x1f\x8c' + g[2:], 31))
t(lambda: zlib.compress(b'x', 10))
t(lambda: zlib.compress(b'x', wbits=7))
t(lambda: zlib.compress('x'))
t(lambda: zlib.decompress(c, wbits=7))
t(lambda: zlib.decompress(c + b'extra'))
d = zlib.decompressobj(); print(d.decompress(c + b'extra'), d.unused_data, d.eof, d.unconsumed_tail)
d = zlib.decompressobj(); print(d.decompress(c, 5), len(d.unconsumed_tail) > 0, d.eof)
out = b'hello'
while not d.eof:
    out += d.decompress(d.unconsumed_tail, 7)
print(out, d.eof)
d = zlib.decompressobj(); print(d.decompress(c, 5), d.flush(), d.eof)
t(lambda: zlib.decompressobj().decompress(c, -1))
d = zlib.decompressobj(31)
print(b''.join(d.decompress(g[i:i+1]) for i in range(len(g))), d.eof)
d = zlib.decompressobj()
print(b''.join(d.decompress(c[i:i+3]) for i in range(0, len(c), 3)), d.eof, d.unused_data)
t(lambda: zlib.crc32(b'abc'))
t(lambda: zlib.crc32(b'abc', 123))
t(lambda: zlib.crc32('abc'))
t(lambda: zlib.adler32(b'abc'))
t(lambda: zlib.adler32(b'abc', 5))
t(lambda: zlib.adler32(b'x' * 100000))
t(lambda: zlib.adler32(b'abc', -1))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY, zlib.Z_NO_COMPRESSION, zlib.Z_BLOCK, zlib.Z_PARTIAL_FLUSH, zlib.Z_TREES)
print(zlib.error.__mro__)
co = zlib.compressobj()
parts = [co.compress(b'abc' * 100), co.flush(zlib.Z_SYNC_FLUSH)]
print(parts[-1][-4:])
parts.append(co.compress(b'def' * 100))
parts.append(co.flush())
print(zlib.decompress(b''.join(parts)) == b'abc' * 100 + b'def' * 100)
t(lambda: co.compress(b'x'))
t(lambda: co.flush())
co = zlib.compressobj(9, zlib.DEFLATED, -12)
raw = co.compress(b'spam' * 1000) + co.flush()
print(zlib.decompress(raw, -15) == b'spam' * 1000)
co = zlib.compressobj(wbits=31)
gz = co.compress(b'gzip me') + co.flush()
print(gz[:4], zlib.decompress(gz, 31), zlib.decompress(gz, 47))
t(lambda: zlib.compressobj(method=9))
t(lambda: zlib.compressobj(wbits=99))
d = zlib.decompressobj(); d.decompress(c); t(lambda: d.decompress(b'x')); print(d.unused_data)
t(lambda: d.flush())
# The documented max_length loop: feed unconsumed_tail back until it is empty.
big = zlib.compress(bytes(range(256)) * 64)
d = zlib.decompressobj()
chunks = [d.decompress(big, 1000)]
while d.unconsumed_tail:
    chunks.append(d.decompress(d.unconsumed_tail, 1000))
chunks.append(d.flush())
print(len(chunks) > 10, max(map(len, chunks)) <= 1000, b''.join(chunks) == bytes(range(256)) * 64, d.eof)
