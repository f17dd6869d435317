"""In-memory text streams (io.StringIO) and the `open` alias, with CPython's
behaviour for write/read/readline/seek/tell/getvalue/iteration."""

__all__ = ['StringIO', 'BytesIO', 'open', 'TextIOWrapper', 'UnsupportedOperation',
           'SEEK_SET', 'SEEK_CUR', 'SEEK_END']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

open = open


def text_encoding(encoding, stacklevel=2):
    """The encoding a text stream opened with `encoding` uses: "locale" for None
    (CPython 3.11 outside UTF-8 mode)."""
    return "locale" if encoding is None else encoding


class UnsupportedOperation(OSError, ValueError):
    pass


class _Base:
    _closed_msg = "I/O operation on closed file."

    def _check_closed(self):
        if self._closed:
            raise ValueError(self._closed_msg)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def flush(self):
        self._check_closed()

    def isatty(self):
        self._check_closed()
        return False

    def tell(self):
        self._check_closed()
        return self._pos

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class StringIO(_Base):
    """Text I/O implementation using an in-memory buffer."""

    _closed_msg = "I/O operation on closed file"

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._newline = newline
        self._buf = self._translate(initial_value)
        # writes at the end are kept in _chunks (joined on demand), so a
        # run of writes costs linear, not quadratic, time
        self._chunks = []
        self._len = len(self._buf)
        self._pos = 0
        self._closed = False

    def _translate(self, s):
        """Newlines as stored: newline=None reads \r and \r\n as \n; '\r' and '\r\n' write \n as themselves."""
        nl = self._newline
        if nl is None:
            if '\r' in s:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif nl == '\r' or nl == '\r\n':
            if '\n' in s:
                s = s.replace('\n', nl)
        return s

    def _value(self):
        if self._chunks:
            self._buf = self._buf + ''.join(self._chunks)
            self._chunks = []
        return self._buf

    def getvalue(self):
        self._check_closed()
        return self._value()

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        s = self._translate(s)
        pos = self._pos
        if pos == self._len:
            self._chunks.append(s)
        else:
            buf = self._value()
            if pos > len(buf):
                buf = buf + '\0' * (pos - len(buf))
            self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        if self._pos > self._len:
            self._len = self._pos
        return n

    def read(self, size=-1):
        self._check_closed()
        buf = self._value()
        if size is None or size < 0:
            r = buf[self._pos:]
        else:
            r = buf[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._check_closed()
        buf = self._value()
        pos = self._pos
        nl = self._newline
        if nl == '':
            i = buf.find('\n', pos)
            j = buf.find('\r', pos, i if i >= 0 else len(buf))
            if j >= 0:
                end = j + 2 if buf.startswith('\n', j + 1) else j + 1
            else:
                end = len(buf) if i < 0 else i + 1
        else:
            sep = '\n' if nl is None else nl
            i = buf.find(sep, pos)
            end = len(buf) if i < 0 else i + len(sep)
        if size is not None and size >= 0:
            end = min(end, pos + size)
        r = buf[pos:end]
        self._pos += len(r)
        return r

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._value())
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._buf = self._value()[:size]
        self._len = len(self._buf)
        return size

    def __repr__(self):
        return '<_io.StringIO object>'


class BytesIO(_Base):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        self._buf = bytearray(_bytes_like(initial_bytes))
        self._pos = 0
        self._closed = False

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def getbuffer(self):
        """A writable view of the buffer's contents (no copy)."""
        self._check_closed()
        return memoryview(self._buf)

    def write(self, b):
        self._check_closed()
        b = _bytes_like(b)
        n = len(b)
        buf = self._buf
        pos = self._pos
        _retry_exported(_write_at, buf, pos, b)
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            r = bytes(self._buf[self._pos:])
        else:
            r = bytes(self._buf[self._pos:self._pos + size])
        self._pos += len(r)
        return r

    read1 = read

    def readinto(self, b):
        """Read bytes into the writable buffer `b`; the number read."""
        self._check_closed()
        view = memoryview(b).cast('B')
        data = self.read(len(view))
        n = len(data)
        view[:n] = data
        return n

    readinto1 = readinto

    def readline(self, size=-1):
        self._check_closed()
        buf = self._buf
        i = buf.find(b'\n', self._pos)
        end = len(buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = bytes(buf[self._pos:end])
        self._pos += len(r)
        return r

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            _retry_exported(_cut, self._buf, size)
        return size

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos


def _write_at(buf, pos, b):
    if pos > len(buf):
        buf.extend(bytes(pos - len(buf)))
    if pos == len(buf):
        buf += b
    else:
        buf[pos:pos + len(b)] = b


def _cut(buf, size):
    del buf[size:]


def _retry_exported(op, *args):
    """Run a resizing `op` on a BytesIO's bytearray. It cannot be resized
    while memoryviews of it exist (BufferError, as CPython's); CPython frees a
    temporary view (`bytes(view[:5])`) at once by reference counting, here it
    lives until a collection: collect once before giving up."""
    try:
        op(*args)
    except BufferError:
        import gc
        gc.collect()
        op(*args)


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    if isinstance(b, memoryview):
        return b.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


TextIOWrapper = StringIO
