"""OS routines (POSIX subset): file system calls from the native `_os` core,
`os.path` (posixpath), environ, and helpers written as in CPython's Lib/os.py."""

import _os
import sys
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

environ = _os.environ
getcwd = _os.getcwd
chdir = _os.chdir
listdir = _os.listdir
remove = _os.remove
unlink = _os.remove
rmdir = _os.rmdir
rename = _os.rename
replace = _os.rename
getpid = _os.getpid
urandom = _os.urandom
utime = _os.utime
error = OSError


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    if hasattr(type(p), '__fspath__'):
        return p.__fspath__()
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)


def mkdir(path, mode=0o777):
    _os.mkdir(path, mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False]): recursive directory creation."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


class terminal_size(tuple):
    """A tuple of (columns, lines) for holding terminal window size"""

    n_fields = 2
    n_sequence_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, sequence):
        sequence = tuple(sequence)
        if len(sequence) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence (%d-sequence given)" % len(sequence))
        return tuple.__new__(cls, sequence)

    @property
    def columns(self):
        """width of the terminal window in characters"""
        return self[0]

    @property
    def lines(self):
        """height of the terminal window in characters"""
        return self[1]

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])


def get_terminal_size(fd=1):
    """Return the size of the terminal window as (columns, lines)."""
    return terminal_size(_os.get_terminal_size(fd))


class stat_result:
    def __init__(self, t):
        self._isfile, self._isdir, self.st_size, self.st_mtime, self.st_mode = t

    def __repr__(self):
        return 'os.stat_result(st_mode=%d, st_size=%d, st_mtime=%r)' % (self.st_mode, self.st_size, self.st_mtime)


def stat(p):
    return stat_result(_os.stat(p))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames)."""
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs
