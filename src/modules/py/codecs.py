"""codecs (CPython 3.11's Lib/codecs.py subset): encode/decode, lookup and
CodecInfo, the BOM constants, getencoder/getdecoder, open. The codecs are
the interpreter's built-in ones (src/builtins/codecs.rs): utf-8, utf-8-sig,
ascii, latin-1, cp1252, utf-16 and utf-32 with their byte-order variants. No
incremental codecs, stream readers/writers, register() or error-handler registry."""

import sys
import _codecs

__all__ = ["lookup", "open", "encode", "decode", "getencoder", "getdecoder",
           "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % \
            (self.__class__.__module__, self.__class__.__qualname__,
             self.name, id(self))


def _codec_functions(name):
    def enc(input, errors='strict'):
        return input.encode(name, errors), len(input)

    def dec(input, errors='strict'):
        return str(bytes(input), name, errors), len(input)
    return enc, dec


_cache = {}


def lookup(encoding):
    name = _codecs.lookup(encoding)
    info = _cache.get(name)
    if info is None:
        enc, dec = _codec_functions(name)
        info = _cache[name] = CodecInfo(enc, dec, name=name)
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    if not isinstance(obj, str):
        raise TypeError("utf_8_encode() argument 1 must be str, not %s" % type(obj).__name__)
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    return str(bytes(obj), encoding, errors)


_ESCAPES = {b'\n': b'', b'\\': b'\\', b"'": b"'", b'"': b'"', b'a': b'\a', b'b': b'\b',
            b'f': b'\f', b'n': b'\n', b'r': b'\r', b't': b'\t', b'v': b'\v'}


def escape_decode(data, errors=None):
    """The escapes of a bytes literal decoded: (bytes, bytes consumed)."""
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = bytes(data)
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        j = data.find(b'\\', i)
        if j < 0:
            out += data[i:]
            break
        out += data[i:j]
        c = data[j + 1:j + 2]
        if not c:
            raise ValueError('Trailing \\ in string')
        if c in _ESCAPES:
            out += _ESCAPES[c]
            i = j + 2
        elif c in b'01234567':
            k = j + 1
            while k < j + 4 and k < n and data[k] in b'01234567':
                k += 1
            out.append(int(data[j + 1:k], 8) & 0xFF)
            i = k
        elif c == b'x':
            h = data[j + 2:j + 4]
            if len(h) < 2 or any(d not in b'0123456789abcdefABCDEF' for d in h):
                raise ValueError('invalid \\x escape at position %d' % j)
            out.append(int(h, 16))
            i = j + 4
        else:
            out += data[j:j + 2]
            i = j + 2
    return bytes(out), n


# CPython's encode/decode are _codecs' (pickle writes bytes as `_codecs.encode`).
encode.__module__ = decode.__module__ = escape_decode.__module__ = '_codecs'
_codecs.encode, _codecs.decode, _codecs.escape_decode = encode, decode, escape_decode


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    if encoding is None:
        import builtins
        return builtins.open(filename, mode, buffering)
    return _EncodedFile(filename, mode, encoding, errors)


class _EncodedFile:
    """codecs.open's file with an encoding: str in, str out (whole-file codec)."""

    def __init__(self, filename, mode, encoding, errors):
        import builtins
        self._f = builtins.open(filename, mode)
        self.name = filename
        self.encoding = lookup(encoding).name
        self.errors = errors
        self.mode = mode
        # A stream writes its BOM once: later writes use the plain codec.
        self._first = 'a' not in mode
        order = '-le' if sys.byteorder == 'little' else '-be'
        self._then = {'utf-16': 'utf-16' + order, 'utf-32': 'utf-32' + order,
                      'utf-8-sig': 'utf-8'}.get(self.encoding, self.encoding)

    def read(self, size=-1):
        return self._f.read().decode(self.encoding, self.errors)

    def readlines(self):
        return self.read().splitlines(True)

    def __iter__(self):
        return iter(self.readlines())

    def write(self, s):
        self._f.write(s.encode(self.encoding if self._first else self._then, self.errors))
        self._first = False

    def writelines(self, lines):
        for s in lines:
            self.write(s)

    def close(self):
        self._f.close()

    @property
    def closed(self):
        return self._f.closed

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
