"""Common operations on POSIX pathnames (CPython 3.11's Lib/posixpath.py and
genericpath.py, str paths)."""

import _os

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'


def _fspath(p):
    """os.fspath for str paths: a str, or an os.PathLike's __fspath__()."""
    if isinstance(p, str) or not hasattr(type(p), '__fspath__'):
        return p
    return p.__fspath__()


def _check(funcname, *args):
    for s in args:
        if not isinstance(s, str):
            raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not '%s'"
                            % (funcname, s.__class__.__name__))


def normcase(s):
    return s


def isabs(s):
    s = _fspath(s)
    return s.startswith(sep)


def join(a, *p):
    a = _fspath(a)
    p = [_fspath(b) for b in p]
    _check('join', a, *p)
    path = a
    for b in p:
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != extsep:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    return p[:0], p


def basename(p):
    p = _fspath(p)
    i = p.rfind(sep) + 1
    return p[i:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def _stat(p):
    try:
        return _os.stat(p)
    except (OSError, ValueError, TypeError):
        return None


def exists(p):
    return _stat(p) is not None


def lexists(p):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    try:
        _os.stat_full(p, False)
    except (OSError, ValueError, TypeError):
        return False
    return True


def isfile(p):
    st = _stat(p)
    return st is not None and st[0]


def isdir(s):
    st = _stat(s)
    return st is not None and st[1]


def islink(p):
    """Test whether a path is a symbolic link"""
    try:
        st = _os.stat_full(p, False)
    except (OSError, ValueError, TypeError):
        return False
    return st[0] & 0o170000 == 0o120000


def ismount(p):
    return p == sep


def getsize(filename):
    return _os.stat(filename)[2]


def getmtime(filename):
    return _os.stat(filename)[3]


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return _os.stat_full(filename, True)[7]


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return _os.stat_full(filename, True)[9]


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory"""
    a = _os.stat_full(f1, True)
    b = _os.stat_full(f2, True)
    return a[1] == b[1] and a[2] == b[2]


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    a = _os.fstat(fp1)
    b = _os.fstat(fp2)
    return a[1] == b[1] and a[2] == b[2]


def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = _os.environ.get('HOME')
        if home is None:
            return path
    else:
        return path
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def expandvars(path):
    return path


def normpath(path):
    path = _fspath(path)
    if path == '':
        return '.'
    initial_slashes = 1 if path.startswith(sep) else 0
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep.join(new_comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or '.'


def abspath(path):
    path = _fspath(path)
    _check('abspath', path)
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    return abspath(filename)


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = curdir
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    split_paths = [p.split(sep) for p in paths]
    try:
        isabs_, = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs_ else sep[:0]
    return prefix + sep.join(common)
