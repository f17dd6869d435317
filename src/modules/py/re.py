"""Support for regular expressions (CPython 3.11's re module).

The pattern parser and the backtracking matcher are native (`_sre`); this
layer has the module functions, the Pattern and Match classes, the pattern
cache and replacement templates.
"""

import enum
import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807


@enum.global_enum
class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128
    __str__ = object.__str__
    _numeric_repr_ = hex


NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
TEMPLATE = T = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg, pattern, pos, lineno, colno.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'

_FLAG_NAMES = (
    (1, "re.TEMPLATE"), (2, "re.IGNORECASE"), (4, "re.LOCALE"), (8, "re.MULTILINE"),
    (16, "re.DOTALL"), (32, "re.UNICODE"), (64, "re.VERBOSE"), (128, "re.DEBUG"),
    (256, "re.ASCII"),
)


def _same(self, memo=None):
    """copy.copy / copy.deepcopy of an immutable Pattern or Match: itself."""
    return self


def _class_getitem(cls, item):
    return cls


def _re_type(cls):
    """Pattern and Match: re's immutable types (copies are the object itself)."""
    cls.__copy__ = _same
    cls.__deepcopy__ = _same
    cls.__class_getitem__ = classmethod(_class_getitem)
    cls.__module__ = 're'
    return cls


@_re_type
class Pattern:
    """A compiled regular expression (re.compile's result)."""

    def __init__(self, pattern, flags, source=None):
        code, groups, names, allflags = _sre.compile(pattern if source is None else source, flags, error)
        self._code = code
        self.pattern = pattern
        self.flags = allflags
        self.groups = groups
        index = {}
        for name, g in names:
            index[name] = g
        self.groupindex = index
        names_by_index = [None] * (groups + 1)
        for name, g in names:
            names_by_index[g] = name
        self._names = names_by_index

    def match(self, string, pos=0, endpos=None):
        m = _sre.match(self._code, string, pos, endpos, 0)
        if m is None:
            return None
        return Match(self, string, pos, endpos, m)

    def fullmatch(self, string, pos=0, endpos=None):
        m = _sre.match(self._code, string, pos, endpos, 1)
        if m is None:
            return None
        return Match(self, string, pos, endpos, m)

    def search(self, string, pos=0, endpos=None):
        m = _sre.match(self._code, string, pos, endpos, 2)
        if m is None:
            return None
        return Match(self, string, pos, endpos, m)

    def findall(self, string, pos=0, endpos=None):
        return _sre.findall(self._code, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        for m in _sre.scan(self._code, string, pos, endpos, 0):
            yield Match(self, string, pos, endpos, m)

    def split(self, string, maxsplit=0):
        return _sre.split(self._code, string, maxsplit)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if repl.__class__ is str:
            if '\\' in repl:
                repl = _compile_template(self, repl).items
            return _sre.sub(self._code, string, count, repl)
        if not callable(repl):
            if isinstance(repl, str):
                return self._subx(str(repl), string, count)
            raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        if count < 0:
            return string, 0
        parts = []
        last = 0
        n = 0
        for m in _sre.scan(self._code, string, 0, None, count):
            b = m[0]
            if last < b:
                parts.append(string[last:b])
            r = repl(Match(self, string, 0, None, m))
            if r is not None:
                if not isinstance(r, str):
                    raise TypeError("expected str instance, %s found" % type(r).__name__)
                parts.append(r)
            last = m[1]
            n += 1
        if n == 0:
            return string, 0
        parts.append(string[last:])
        return ''.join(parts), n

    def scanner(self, string, pos=0, endpos=None):
        return SREScanner(self, string, pos, endpos, string)

    def __repr__(self):
        flags = self.flags
        if flags & (4 | 32 | 256) == 32:
            flags &= ~32
        names = []
        for bit, name in _FLAG_NAMES:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        r = repr(self.pattern)[:200]
        if names:
            return 're.compile(%s, %s)' % (r, '|'.join(names))
        return 're.compile(%s)' % r

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))



@_re_type
class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, marks):
        self.re = pattern
        self.string = string
        self._m = marks
        self._pos = pos
        self._endpos = endpos

    @property
    def pos(self):
        pos = self._pos
        n = len(self.string)
        if pos < 0:
            return 0
        return n if pos > n else pos

    @property
    def endpos(self):
        endpos = self._endpos
        n = len(self.string)
        if endpos is None or endpos > n:
            return n
        return 0 if endpos < 0 else endpos

    def _index(self, g):
        if g.__class__ is int:
            if 0 <= g < (len(self._m) >> 1):
                return g
            raise IndexError("no such group")
        if isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        elif isinstance(g, int):
            g = int(g)
            if 0 <= g <= self.re.groups:
                return g
        else:
            try:
                g = g.__index__()
            except AttributeError:
                pass
            else:
                if 0 <= g <= self.re.groups:
                    return g
        raise IndexError("no such group")

    def _get(self, i, default=None):
        m = self._m
        a = m[2 * i]
        if a < 0:
            return default
        return self.string[a:m[2 * i + 1]]

    def group(self, g=0, *more):
        m = self._m
        if more:
            return tuple([self._get(self._index(x)) for x in (g,) + more])
        if g.__class__ is not int or g < 0 or g >= (len(m) >> 1):
            g = self._index(g)
        a = m[2 * g]
        if a < 0:
            return None
        return self.string[a:m[2 * g + 1]]

    def __getitem__(self, g):
        m = self._m
        if g.__class__ is not int or g < 0 or g >= (len(m) >> 1):
            g = self._index(g)
        a = m[2 * g]
        if a < 0:
            return None
        return self.string[a:m[2 * g + 1]]

    def groups(self, default=None):
        return tuple([self._get(i, default) for i in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        d = {}
        for name, i in self.re.groupindex.items():
            d[name] = self._get(i, default)
        return d

    def start(self, group=0):
        return self._m[2 * self._index(group)]

    def end(self, group=0):
        return self._m[2 * self._index(group) + 1]

    def span(self, group=0):
        i = 2 * self._index(group)
        m = self._m
        return (m[i], m[i + 1])

    @property
    def regs(self):
        m = self._m
        return tuple([(m[2 * i], m[2 * i + 1]) for i in range(self.re.groups + 1)])

    @property
    def lastindex(self):
        return self._m[-1]

    @property
    def lastgroup(self):
        i = self._m[-1]
        if i is None:
            return None
        return self.re._names[i]

    def expand(self, template):
        return _compile_template(self.re, template).expand_marks(self.string, self._m)

    def __repr__(self):
        m = self._m
        return '<re.Match object; span=(%d, %d), match=%s>' % (m[0], m[1], repr(self.string[m[0]:m[1]])[:50])



class _BytesPattern(Pattern):
    """A bytes pattern: it runs as its Latin-1 text (one char per byte) with
    ASCII semantics on subjects decoded the same way; groups are sliced from
    the subject as bytes. A subclass, so str patterns pay nothing for it.
    (A bytearray or memoryview subject is kept as bytes in Match.string.)"""

    def __init__(self, pattern, flags):
        if flags & 32:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        Pattern.__init__(self, pattern, flags | 256, pattern.decode('latin-1'))
        self.flags = self.flags & ~(32 | 256) | (flags & 256)

    @staticmethod
    def _subject(string):
        if isinstance(string, str):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        if string.__class__ is bytes:
            return string
        if isinstance(string, (bytearray, memoryview)):
            return bytes(string)
        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)

    def _matched(self, string, pos, endpos, mode):
        b = self._subject(string)
        m = _sre.match(self._code, b.decode('latin-1'), pos, endpos, mode)
        return None if m is None else Match(self, b, pos, endpos, m)

    def match(self, string, pos=0, endpos=None):
        return self._matched(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._matched(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=None):
        return self._matched(string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=None):
        text = self._subject(string).decode('latin-1')
        return [_latin1_out(x) for x in _sre.findall(self._code, text, pos, endpos)]

    def finditer(self, string, pos=0, endpos=None):
        b = self._subject(string)
        for m in _sre.scan(self._code, b.decode('latin-1'), pos, endpos, 0):
            yield Match(self, b, pos, endpos, m)

    def split(self, string, maxsplit=0):
        text = self._subject(string).decode('latin-1')
        return [_latin1_out(x) for x in _sre.split(self._code, text, maxsplit)]

    def _subx(self, repl, string, count):
        b = self._subject(string)
        if isinstance(repl, (bytes, bytearray, memoryview)):
            repl = bytes(repl).decode('latin-1')
        elif callable(repl):
            f = repl
            repl = lambda m: _latin1_in(f(Match(self, b, 0, None, m._m)))
        else:
            raise TypeError("sequence item 0: expected a bytes-like object, %s found" % type(repl).__name__)
        r, n = Pattern._subx(self, repl, b.decode('latin-1'), count)
        return r.encode('latin-1'), n

    def scanner(self, string, pos=0, endpos=None):
        b = self._subject(string)
        return SREScanner(self, b, pos, endpos, b.decode('latin-1'))


def _latin1_out(v):
    """A result text (or tuple of them, or None) as bytes."""
    if v is None:
        return v
    if v.__class__ is tuple:
        return tuple([_latin1_out(x) for x in v])
    return v.encode('latin-1')


def _latin1_in(r):
    """A bytes sub() callback's result as Latin-1 text."""
    if r is None:
        return None
    if isinstance(r, (bytes, bytearray, memoryview)):
        return bytes(r).decode('latin-1')
    raise TypeError("sequence item 0: expected a bytes-like object, %s found" % type(r).__name__)


class SREScanner:
    """Pattern.scanner(): successive match()/search() calls, each starting
    where the previous match ended (not empty again at the same place)."""

    def __init__(self, pattern, string, pos, endpos, text):
        self.pattern = pattern
        self._string = text
        self._orig = string
        self._pos0 = pos
        self._endpos = endpos
        n = len(string)
        self._pos = 0 if pos < 0 else (n if pos > n else pos)
        self._must_advance = False

    def _next(self, mode):
        if self._pos is None:
            return None
        if self._must_advance:
            mode += 4
        m = _sre.match(self.pattern._code, self._string, self._pos, self._endpos, mode)
        if m is None:
            self._pos = None
            return None
        self._must_advance = m[1] == m[0]
        self._pos = m[1]
        return Match(self.pattern, self._orig, self._pos0, self._endpos, m)

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


class Scanner:
    """A lexicon scanner: (phrase, action) pairs tried in order at each position."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        # Each phrase in its own group; phrases may hold groups of their own.
        parts = []
        self._outer = []
        gid = 1
        for phrase, action in lexicon:
            parts.append('(' + phrase + ')')
            self._outer.append(gid)
            gid += 1 + compile(phrase, flags).groups
        self.scanner = compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        scan = self.scanner.scanner(string).match
        i = 0
        while True:
            m = scan()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            for k, g in enumerate(self._outer):
                if m.start(g) >= 0:
                    break
            action = self.lexicon[k][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


# ---------------------------------------------------------------- templates

_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
_DIGITS = '0123456789'
_OCTDIGITS = '01234567'
_ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


class _Template:
    """A parsed replacement template: literal pieces and group numbers."""

    def __init__(self, pattern, template):
        # items: str literals and int group indices, in order
        self.items = _parse_template(pattern, template)

    def expand_marks(self, string, m):
        out = []
        for it in self.items:
            if it.__class__ is str:
                out.append(it)
            else:
                a = m[2 * it]
                if a >= 0:
                    out.append(string[a:m[2 * it + 1]])
        return ''.join(out)


def _template_error(msg, template, pos):
    return error(msg, template, pos)


def _parse_template(pattern, source):
    items = []
    literal = []
    n = len(source)
    i = 0
    groupindex = pattern.groupindex
    groups = pattern.groups

    def addgroup(index, pos):
        if index > groups:
            raise error("invalid group reference %d" % index, source, pos)
        if literal:
            items.append(''.join(literal))
            del literal[:]
        items.append(index)

    while i < n:
        c = source[i]
        i += 1
        if c != '\\':
            literal.append(c)
            continue
        if i >= n:
            raise error("bad escape (end of pattern)", source, n - 1)
        c = source[i]
        i += 1
        if c == 'g':
            if i >= n or source[i] != '<':
                raise error("missing <", source, i)
            i += 1
            j = i
            while True:
                if j >= n:
                    if j == i:
                        raise error("missing group name", source, j)
                    raise error("missing >, unterminated name", source, i)
                if source[j] == '>':
                    break
                j += 1
            name = source[i:j]
            if not name:
                raise error("missing group name", source, j)
            i = j + 1
            if name.isidentifier():
                index = groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise error("bad character in group name %r" % name, source, i - len(name) - 1) from None
                if index >= 1073741823:
                    raise error("invalid group reference %d" % index, source, i - len(name) - 1)
            addgroup(index, i - len(name) - 1)
        elif c == '0':
            k = i
            while k < n and k < i + 2 and source[k] in _OCTDIGITS:
                k += 1
            literal.append(chr(int(source[i - 1:k], 8) & 0xff))
            i = k
        elif c in _DIGITS:
            start = i - 2
            if i < n and source[i] in _DIGITS:
                if c in _OCTDIGITS and source[i] in _OCTDIGITS and i + 1 < n and source[i + 1] in _OCTDIGITS:
                    text = source[i - 1:i + 2]
                    v = int(text, 8)
                    if v > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377' % text, source, start)
                    literal.append(chr(v))
                    i += 2
                    continue
                i += 1
            addgroup(int(source[start + 1:i]), start + 1)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c in _ASCIILETTERS:
            raise error('bad escape \\%s' % c, source, i - 2)
        else:
            literal.append('\\' + c)
    if literal:
        items.append(''.join(literal))
    return items


_template_cache = {}


def _compile_template(pattern, repl):
    key = (pattern, repl)
    t = _template_cache.get(key)
    if t is None:
        if len(_template_cache) >= _MAXCACHE:
            _template_cache.clear()
        t = _Template(pattern, repl)
        _template_cache[key] = t
    return t


# ---------------------------------------------------------------- module API

_MAXCACHE = 512
_cache = {}
_cache0 = {}


def _compile(pattern, flags):
    if not flags:
        p = _cache0.get(pattern)
        if p is not None:
            return p
    elif flags.__class__ is int:
        p = _cache.get((pattern, flags))
        if p is not None:
            return p
    return _compile_new(pattern, flags)


def _compile_new(pattern, flags):
    """Compile (a cache miss) and cache: str patterns by text and flags."""
    flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if pattern.__class__ is bytes:
        p = _BytesPattern(pattern, flags)
    elif not isinstance(pattern, str):
        raise TypeError("first argument must be string or compiled pattern")
    else:
        p = Pattern(pattern, flags)
    if flags & DEBUG:
        return p
    if len(_cache0) + len(_cache) >= _MAXCACHE:
        _cache0.clear()
        _cache.clear()
    if pattern.__class__ is not str and pattern.__class__ is not bytes:
        pass
    elif flags == 0:
        _cache0[pattern] = p
    else:
        _cache[(pattern, flags)] = p
    return p


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags)._subx(repl, string, count)[0]


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags)._subx(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _cache0.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _compile(pattern, flags | T)


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_special_chars_map).encode('latin1')
