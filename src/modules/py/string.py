"""A collection of string constants (CPython 3.11's Lib/string.py, without
Template/Formatter's regex machinery)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string"""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _sub(self, mapping, safe):
        s = self.template
        out = []
        i = 0
        n = len(s)
        while i < n:
            c = s[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and s[i + 1] == '$':
                out.append('$')
                i += 2
                continue
            j = i + 1
            braced = j < n and s[j] == '{'
            if braced:
                j += 1
            k = j
            while k < n and (s[k] == '_' or s[k].isalnum() and s[k].isascii()) and not (k == j and s[k].isdigit()):
                k += 1
            name = s[j:k]
            if braced:
                if k >= n or s[k] != '}' or not name:
                    if safe:
                        out.append('$')
                        i += 1
                        continue
                    raise ValueError('Invalid placeholder in string: line 1, col %d' % (i + 1))
                k += 1
            elif not name:
                if safe:
                    out.append('$')
                    i += 1
                    continue
                raise ValueError('Invalid placeholder in string: line 1, col %d' % (i + 1))
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(s[i:k])
            else:
                raise KeyError(name)
            i = k
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        return self._sub(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        return self._sub(mapping, True)
