"""The functions in this module allow compression and decompression using the
zlib library, which is based on GNU zip.

Tauraro: written for CPython 3.11's zlib interface (Modules/zlibmodule.c) over
the native `_zlib` (src/modules/zlib.rs: miniz_oxide's DEFLATE). Compressed
output is a valid zlib/gzip/raw stream but not byte-for-byte C zlib's. Not
supported: zdict, Compress.copy and Decompress.copy.
"""

import _zlib
from _zlib import crc32, adler32, error

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


def _no_zdict(zdict):
    if zdict is not None:
        raise NotImplementedError('zlib: zdict is not supported in Tauraro')


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Returns a bytes object containing compressed data."""
    state = _zlib.deflate_new(level, wbits, Z_DEFAULT_STRATEGY)
    return _zlib.deflate(state, data, Z_FINISH)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Returns a bytes object containing the uncompressed data."""
    if bufsize < 0:
        raise ValueError('bufsize must be non-negative')
    state = _zlib.inflate_new(wbits)
    out, used, eof = _zlib.inflate(state, data, 0)
    if not eof:
        raise error('Error -5 while decompressing data: incomplete or truncated stream')
    return out


class Compress:
    """Compression object (zlib.compressobj())."""
    __module__ = 'zlib'

    def compress(self, data, /):
        """Returns a bytes object containing compressed data."""
        return _zlib.deflate(self._state, data, Z_NO_FLUSH)

    def flush(self, mode=Z_FINISH, /):
        """Return a bytes object containing any remaining compressed data."""
        if mode == Z_NO_FLUSH:
            return b''
        return _zlib.deflate(self._state, b'', mode)


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object."""
    _no_zdict(zdict)
    if method != DEFLATED or not 1 <= memLevel <= 9:
        raise ValueError('Invalid initialization option')
    c = object.__new__(Compress)
    try:
        c._state = _zlib.deflate_new(level, wbits, strategy)
    except error:
        raise ValueError('Invalid initialization option') from None
    return c


class Decompress:
    """Decompression object (zlib.decompressobj())."""
    __module__ = 'zlib'

    def decompress(self, data, /, max_length=0):
        """Return a bytes object containing the decompressed version of the data."""
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        data = bytes(data)
        if self.eof:
            self.unused_data += data
            return b''
        out, used, eof = _zlib.inflate(self._state, data, max_length)
        self.eof = eof
        if eof:
            self.unused_data += data[used:]
            self.unconsumed_tail = b''
        else:
            self.unconsumed_tail = data[used:]
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        """Return a bytes object containing any remaining decompressed data."""
        if length <= 0:
            raise ValueError('length must be greater than zero')
        tail, self.unconsumed_tail = self.unconsumed_tail, b''
        if self.eof:
            return b''
        out, used, eof = _zlib.inflate(self._state, tail, 0)
        self.eof = eof
        if eof:
            self.unused_data += tail[used:]
        return out


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """Return a decompressor object."""
    if zdict:
        _no_zdict(zdict)
    d = object.__new__(Decompress)
    d._state = _zlib.inflate_new(wbits)
    d.unused_data = b''
    d.unconsumed_tail = b''
    d.eof = False
    return d
