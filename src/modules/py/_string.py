"""The helpers of string.Formatter (CPython's Objects/stringlib/unicode_format.h,
exposed in C as the _string module), in Python."""


def formatter_parser(fmt):
    """An iterator over (literal, field_name, format_spec, conversion) for
    each part of the format string `fmt`."""
    if not isinstance(fmt, str):
        raise TypeError("expected str, got %s" % type(fmt).__name__)
    return iter(_parse(fmt))


def formatter_field_name_split(field_name):
    """(first, rest): the field's first part (an int if all digits) and an
    iterator of (is_attribute, key) for each `.name` and `[key]` after it."""
    if not isinstance(field_name, str):
        raise TypeError("expected str, got %s" % type(field_name).__name__)
    i, n = 0, len(field_name)
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit() and first.isascii():
        first = int(first)
    rest = []
    while i < n:
        c = field_name[i]
        i += 1
        start = i
        if c == '.':
            while i < n and field_name[i] not in '.[':
                i += 1
            if i == start:
                raise ValueError("Empty attribute in format string")
            rest.append((True, field_name[start:i]))
        elif c == '[':
            while i < n and field_name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            if i == start:
                raise ValueError("Empty attribute in format string")
            key = field_name[start:i]
            i += 1
            if key.isdigit() and key.isascii():
                key = int(key)
            rest.append((False, key))
            if i < n and field_name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)


def _parse(fmt):
    """(literal, field_name, format_spec, conversion) for each part of a
    str.format string (CPython's MarkupIterator_next and parse_field);
    ValueError if malformed."""
    out = []
    i, n = 0, len(fmt)
    while i < n:
        start = i
        c = ''
        while i < n:
            c = fmt[i]
            i += 1
            if c in '{}':
                break
        else:
            out.append((fmt[start:i], None, None, None))
            break
        at_end = i >= n
        if c == '}' and (at_end or fmt[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if fmt[i] == c:
            out.append((fmt[start:i], None, None, None))
            i += 1
            continue
        literal = fmt[start:i - 1]
        name_start = i
        c = ''
        while i < n:
            c = fmt[i]
            i += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while i < n and fmt[i] != ']':
                    i += 1
                continue
            if c in '}:!':
                break
        name = fmt[name_start:i - 1] if c in '}:!' else fmt[name_start:i]
        conversion = None
        spec = ''
        if c in '!:':
            if c == '!':
                if i >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = fmt[i]
                i += 1
                if i < n:
                    c = fmt[i]
                    i += 1
                    if c == '}':
                        out.append((literal, name, spec, conversion))
                        continue
                    if c != ':':
                        raise ValueError("expected ':' after conversion specifier")
            spec_start = i
            count = 1
            while i < n:
                c = fmt[i]
                i += 1
                if c == '{':
                    count += 1
                elif c == '}':
                    count -= 1
                    if count == 0:
                        break
            else:
                raise ValueError("unmatched '{' in format spec")
            spec = fmt[spec_start:i - 1]
        elif c != '}':
            raise ValueError("expected '}' before end of string")
        out.append((literal, name, spec, conversion))
    return out
