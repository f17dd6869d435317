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
kill = _os.kill
urandom = _os.urandom
error = OSError


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modified time of path (now; `times` in seconds or `ns` in nanoseconds)."""
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        times = (ns[0] / 1e9, ns[1] / 1e9)
    _os.utime(path, times)


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


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem encoding (UTF-8)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem encoding (UTF-8)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


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


class uname_result(tuple):
    """uname_result: Result from os.uname()."""

    n_fields = 5
    n_sequence_fields = 5
    n_unnamed_fields = 0
    _fields = ('sysname', 'nodename', 'release', 'version', 'machine')

    def __new__(cls, sequence):
        sequence = tuple(sequence)
        if len(sequence) != 5:
            raise TypeError("os.uname_result() takes a 5-sequence (%d-sequence given)" % len(sequence))
        return tuple.__new__(cls, sequence)

    sysname = property(lambda self: self[0], doc="operating system name")
    nodename = property(lambda self: self[1], doc="name of machine on network (implementation-defined)")
    release = property(lambda self: self[2], doc="operating system release")
    version = property(lambda self: self[3], doc="operating system version")
    machine = property(lambda self: self[4], doc="hardware identifier")

    def __repr__(self):
        return 'posix.uname_result(%s)' % ', '.join('%s=%r' % (n, v) for n, v in zip(self._fields, self))

    def __reduce__(self):
        return (uname_result, (tuple(self),))


def uname():
    """Return an object identifying the current operating system."""
    return uname_result(_os.uname())


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


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat.

The first ten items are (st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid,
st_size, st_atime, st_mtime, st_ctime) with the times as ints; the float
times and the rest are attributes, as in CPython's structseq."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')

    def __new__(cls, t):
        t = tuple(t)
        if len(t) < 10:
            raise TypeError("os.stat_result() takes an at least 10-sequence (%d-sequence given)" % len(t))
        self = tuple.__new__(cls, t[:7] + (int(t[7]), int(t[8]), int(t[9])))
        self._full = t
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._full[7])
    st_mtime = property(lambda self: self._full[8])
    st_ctime = property(lambda self: self._full[9])
    st_atime_ns = property(lambda self: self._full[10] if len(self._full) > 10 else int(self._full[7] * 1e9))
    st_mtime_ns = property(lambda self: self._full[11] if len(self._full) > 11 else int(self._full[8] * 1e9))
    st_ctime_ns = property(lambda self: self._full[12] if len(self._full) > 12 else int(self._full[9] * 1e9))
    st_blksize = property(lambda self: self._full[13] if len(self._full) > 13 else None)
    st_blocks = property(lambda self: self._full[14] if len(self._full) > 14 else None)
    st_rdev = property(lambda self: self._full[15] if len(self._full) > 15 else None)

    def __repr__(self):
        names = self._names + ('st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(%s)' % ', '.join('%s=%r' % (n, v) for n, v in zip(names, self))

    def __reduce__(self):
        return (stat_result, (self._full,))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    if isinstance(path, int):
        return stat_result(_os.fstat(path))
    return stat_result(_os.stat_full(fspath(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Perform a stat system call on the given path, without following symbolic links."""
    return stat_result(_os.stat_full(fspath(path), False))


def fstat(fd):
    """Perform a stat system call on the given file descriptor."""
    return stat_result(_os.fstat(fd))


# file descriptors and their flags (the native core's)
open = _os.open
close = _os.close
read = _os.read
write = _os.write
lseek = _os.lseek
ftruncate = _os.ftruncate
fsync = _os.fsync
isatty = _os.isatty


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    """Change the access permissions of a file."""
    _os.chmod(path, mode)


symlink = _os.symlink
readlink = _os.readlink
link = _os.link
umask = _os.umask
for _n in dir(_os):
    if _n[:2] in ('O_', 'F_', 'R_', 'W_', 'X_') or _n.startswith('SEEK_'):
        globals()[_n] = getattr(_os, _n)
del _n
supports_follow_symlinks = set()
supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()


def closerange(fd_low, fd_high):
    for fd in range(fd_low, fd_high):
        try:
            close(fd)
        except OSError:
            pass


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd).__name__)
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Use the real uid/gid to test for access to a path (existence and mode bits)."""
    try:
        st = stat(path)
    except OSError:
        return False
    if mode == F_OK:
        return True
    bits = st.st_mode
    ok = True
    if mode & R_OK:
        ok = ok and bool(bits & 0o444)
    if mode & W_OK:
        ok = ok and bool(bits & 0o222)
    if mode & X_OK:
        ok = ok and bool(bits & 0o111)
    return ok


class PathLike:
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


class DirEntry:
    """A directory entry as os.scandir yields it."""

    def __init__(self, dirpath, name, kind):
        self.name = name
        self.path = path.join(dirpath, name)
        self._kind = kind
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def is_symlink(self):
        return self._kind == 'l'

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == 'l' and follow_symlinks:
            try:
                return self.stat().st_mode & 0o170000 == 0o040000
            except OSError:
                return False
        return self._kind == 'd'

    def is_file(self, *, follow_symlinks=True):
        if self._kind == 'l' and follow_symlinks:
            try:
                return self.stat().st_mode & 0o170000 == 0o100000
            except OSError:
                return False
        return self._kind == 'f'

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self._kind == 'l':
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    def __init__(self, dirpath, entries):
        self._dirpath = dirpath
        self._entries = entries
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None or self._i >= len(self._entries):
            raise StopIteration
        name, kind = self._entries[self._i]
        self._i += 1
        return DirEntry(self._dirpath, name, kind)

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path='.'):
    """Return an iterator of DirEntry objects for the given path."""
    if path is None:
        path = '.'
    p = fspath(path)
    it = _ScandirIterator(p, _os.scandir(p))
    return it


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames)."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for e in entries:
        if e.is_dir():
            dirs.append(e.name)
        else:
            nondirs.append(e.name)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs
