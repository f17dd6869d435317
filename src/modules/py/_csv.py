"""CSV parsing and writing: the core of `csv`, written in Python to the
semantics and error messages of CPython 3.11's Modules/_csv.c.

The reader splits a line with no quote char, no escape char, no inner CR/LF
and no field over the limit with str.split (the state machine would give the
same fields); other one-line records go to the native `_csvline.parse_line`
(the same state machine in Rust); only records spanning lines, errors and
QUOTE_NONNUMERIC's quoted lines run the Python state machine below, one
character at a time.
"""

__version__ = "1.0"

from _csvline import parse_line as _parse_line, join_row as _join_row

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_dialects = {}
_field_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = '_csv'

# parser states (as in _csv.c)
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

_EOL = None   # the end-of-line marker fed after each line


def _get_char(name, src, dflt):
    if src is _missing:
        return dflt
    if not isinstance(src, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(src).__name__))
    if len(src) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return src


def _get_char_or_none(name, src, dflt):
    if src is _missing:
        return dflt
    if src is None:
        return None
    if not isinstance(src, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(src).__name__))
    if len(src) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return src


class _Missing:
    pass


_missing = _Missing()
_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
          'quotechar', 'quoting', 'skipinitialspace', 'strict')


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""

    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator',
                 '_quotechar', '_quoting', '_skipinitialspace', '_strict')

    def __new__(cls, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for Dialect()" % k)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if type(dialect) is Dialect and cls is Dialect and not kwargs:
                return dialect
        self = object.__new__(cls)
        vals = {}
        for name in _ATTRS:
            v = kwargs.get(name, _missing)
            if v is _missing and dialect is not None:
                v = getattr(dialect, name, _missing)
            vals[name] = v
        quotechar = vals['quotechar']
        quoting = vals['quoting']
        object.__setattr__(self, '_delimiter', _get_char('delimiter', vals['delimiter'], ','))
        object.__setattr__(self, '_doublequote', True if vals['doublequote'] is _missing else bool(vals['doublequote']))
        object.__setattr__(self, '_escapechar', _get_char_or_none('escapechar', vals['escapechar'], None))
        lt = vals['lineterminator']
        if lt is _missing:
            lt = '\r\n'
        elif lt is not None and not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        object.__setattr__(self, '_lineterminator', lt)
        if quoting is _missing:
            q = QUOTE_MINIMAL
        else:
            if not isinstance(quoting, int):
                raise TypeError('"quoting" must be an integer')
            q = int(quoting)
        object.__setattr__(self, '_quoting', q)
        object.__setattr__(self, '_quotechar', _get_char_or_none('quotechar', quotechar, '"'))
        object.__setattr__(self, '_skipinitialspace', False if vals['skipinitialspace'] is _missing else bool(vals['skipinitialspace']))
        object.__setattr__(self, '_strict', False if vals['strict'] is _missing else bool(vals['strict']))
        if q not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        if self._delimiter is None:
            raise TypeError('"delimiter" must be a 1-character string')
        if quotechar is None and quoting is _missing:
            object.__setattr__(self, '_quoting', QUOTE_NONE)
        if self._quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')
        if lt is None:
            raise TypeError('lineterminator must be set')
        return self

    def __init__(self, *args, **kwargs):
        pass

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    @property
    def delimiter(self):
        return self._delimiter

    @property
    def doublequote(self):
        return self._doublequote

    @property
    def escapechar(self):
        return self._escapechar

    @property
    def lineterminator(self):
        return self._lineterminator

    @property
    def quotechar(self):
        return self._quotechar

    @property
    def quoting(self):
        return self._quoting

    @property
    def skipinitialspace(self):
        return self._skipinitialspace

    @property
    def strict(self):
        return self._strict

    def __repr__(self):
        return '<_csv.Dialect object at 0x%x>' % id(self)


Dialect.__module__ = '_csv'


def _call_dialect(dialect, kwargs):
    if dialect is None and not kwargs:
        return Dialect()
    return Dialect(dialect, **kwargs)


class Reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    def __init__(self, it, dialect):
        self._it = it
        self.dialect = dialect
        self.line_num = 0
        d = dialect
        self._delim = d.delimiter
        self._quote = d.quotechar if d.quoting != QUOTE_NONE else None
        self._esc = d.escapechar
        self._numeric = d.quoting == QUOTE_NONNUMERIC
        # one-line records go to the native parser, except QUOTE_NONNUMERIC's
        self._native = not self._numeric
        self._params = (self._delim, self._quote, self._esc, d.doublequote, d.skipinitialspace, d.strict)
        # the str.split fast path applies to lines free of these characters
        self._fast = (not d.skipinitialspace) and self._delim not in '\r\n ' and \
            (self._quote is None or self._quote not in '\r\n') and \
            (self._esc is None or self._esc not in '\r\n')

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        line = next(it)
        if type(line) is not str:
            raise Error("iterator should return strings, not %s "
                        "(the file should be opened in text mode)" % type(line).__name__)
        self.line_num += 1
        if self._fast:
            body = line.rstrip('\r\n')
            if not body:
                return []
            q = self._quote
            e = self._esc
            if ('\r' not in body and '\n' not in body
                    and (q is None or q not in body)
                    and (e is None or e not in body)
                    and len(body) <= _field_limit):
                fields = body.split(self._delim)
                if self._numeric:
                    return [float(f) if f else f for f in fields]
                return fields
        if self._native:
            fields = _parse_line(line, self._params, _field_limit)
            if fields is not None:
                return fields
        return self._parse(line)

    def _parse(self, line):
        """The full state machine, from the first line of a record on."""
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric_field = False
        while True:
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
            try:
                line = next(self._it)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if type(line) is not str:
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
        fields = self._fields
        self._fields = None
        return fields

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric_field:
            self._numeric_field = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == self._quote:
                self._state = _IN_QUOTED_FIELD
            elif c == self._esc:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == self._delim:
                self._save_field()
            else:
                if self._numeric:
                    self._numeric_field = True
                self._add_char(c)
                self._state = _IN_FIELD
            return
        if state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_FIELD
            return
        if state == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            state = _IN_FIELD
        if state == _IN_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == self._esc:
                self._state = _ESCAPED_CHAR
            elif c == self._delim:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
                self._state = _IN_FIELD
            return
        if state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == self._esc:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == self._quote:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
            return
        if state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
            return
        if state == _QUOTE_IN_QUOTED_FIELD:
            if c is not _EOL and c == self._quote:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == self._delim:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
            return
        # _EAT_CRNL
        if c is _EOL:
            self._state = _START_RECORD
        elif c == '\n' or c == '\r':
            pass
        else:
            raise Error("new-line character seen in unquoted field - "
                        "do you need to open the file in universal-newline mode?")


Reader.__name__ = 'reader'
Reader.__qualname__ = 'reader'
Reader.__module__ = '_csv'


def _is_number(v):
    if isinstance(v, (int, float, complex)):
        return True
    t = type(v)
    return hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')


class Writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect
        d = dialect
        specials = [d.delimiter]
        if d.escapechar is not None:
            specials.append(d.escapechar)
        if d.quotechar is not None:
            specials.append(d.quotechar)
        for c in d.lineterminator:
            if c not in specials:
                specials.append(c)
        self._specials = specials
        self._params = (d.delimiter, d.quotechar, d.escapechar, d.doublequote, d.quoting, d.lineterminator)

    def _field(self, field, quoted):
        """One field as written (quoted, escaped as the dialect says)."""
        d = self.dialect
        for s in self._specials:
            if s in field:
                break
        else:
            if quoted:
                return d.quotechar + field + d.quotechar
            return field
        out = []
        q = d.quotechar
        e = d.escapechar
        for c in field:
            if c in self._specials:
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == q:
                        if d.doublequote:
                            out.append(q)
                        else:
                            want_escape = True
                    elif c == e:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if e is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(e)
            out.append(c)
        s = ''.join(out)
        if quoted:
            return q + s + q
        return s

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        line = _join_row(row, self._params)
        if line is not None:
            return self._write(line)
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        d = self.dialect
        quoting = d.quoting
        parts = []
        for f in it:
            if quoting == QUOTE_ALL:
                quoted = True
            elif quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(f)
            else:
                quoted = False
            if type(f) is str:
                pass
            elif f is None:
                f = ''
            else:
                f = str(f)
            parts.append(self._field(f, quoted))
        if len(parts) == 1 and parts[0] == '':
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


Writer.__name__ = 'writer'
Writer.__qualname__ = 'writer'
Writer.__module__ = '_csv'


def _dialect_arg(args, kwargs):
    """The dialect given positionally (after the file) or as `dialect=`."""
    d = kwargs.pop('dialect', None)
    if len(args) > 1:
        if d is not None:
            raise TypeError("argument for reader() given by name ('dialect') and position (2)")
        d = args[1]
    return d


def reader(*args, **kwargs):
    """    csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)
"""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    it = iter(args[0])
    return Reader(it, _call_dialect(_dialect_arg(args, kwargs), kwargs))


def writer(*args, **kwargs):
    """    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)
"""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    write = getattr(args[0], 'write', None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return Writer(write, _call_dialect(_dialect_arg(args, kwargs), kwargs))


def register_dialect(name, dialect=None, **kwargs):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _call_dialect(dialect, kwargs)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all know dialect names."""
    return list(_dialects)


def field_size_limit(*args):
    """Sets an upper limit on parsed fields.
    csv.field_size_limit([limit])

Returns old limit. If limit is not given, no new limit is set and
the old limit is returned"""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old
