# unicode_escape and raw_unicode_escape (pickle protocol 0 writes str with the raw one).
import codecs
samples = ['plain', 'tab\there\nnew\rret', 'back\\slash', "quote'\"", 'caf\xe9 \x00\x7f\x80\xff',
           '\u20ac \u0100 \u0800', '\U0001f600 \U0010ffff', '']
for s in samples:
    u = s.encode('unicode_escape')
    r = s.encode('raw_unicode_escape')
    print(repr(s), u, r, u.decode('unicode_escape') == s, r.decode('raw_unicode_escape') == s)
print(repr(b'\\x41\\101\\u0042\\U00000043\\N{BLACK STAR}\\\n|\\a\\b\\f\\v\\0'.decode('unicode_escape')))
print(repr(b'\\\\u0041 \\u0041 \\x41 \\\\ caf\xe9'.decode('raw_unicode_escape')))
print(repr(b'abc\\'.decode('raw_unicode_escape')))
for bad in [b'\\N{abc', b'\\N{}', b'xx\\N{LATIN SMALL LETTER A', b'\\x4', b'ab\\x', b'\\u12', b'\\U1234', b'\\', b'\\N{NO SUCH NAME}', b'\\Nx', b'\\U00110000']:
    for enc in ('unicode_escape', 'raw_unicode_escape'):
        try:
            print(enc, bad, repr(bad.decode(enc)))
        except UnicodeDecodeError as e:
            print(enc, bad, 'UnicodeDecodeError:', e)
print(repr(b'a\\x4zb'.decode('unicode_escape', 'replace')), repr(b'a\\x4zb'.decode('unicode_escape', 'ignore')))
print(codecs.lookup('raw-unicode-escape').name, codecs.lookup('Unicode_Escape').name)
print(codecs.encode('\xe9\n', 'unicode_escape'), codecs.decode(b'\\xe9\\n', 'unicode_escape'))
# codecs.escape_decode: a bytes literal's escapes (pickle protocol 0 'S' strings)
for b in [b'plain', b'a\\nb\\tc\\\\d', b"\\'q\\\"", b'\\x41\\x4a\\101\\0\\377', b'line\\\ncont', b'']:
    print(b, codecs.escape_decode(b))
for bad in [b'\\x4', b'ab\\xzz', b'end\\']:
    try:
        codecs.escape_decode(bad)
    except ValueError as e:
        print('ValueError', e)
