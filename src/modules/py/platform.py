"""platform (CPython 3.11's Lib/platform.py, the parts that apply on Linux):
uname and its fields, architecture, libc_ver, platform(), the python_*
functions and freedesktop_os_release. The interpreter is Tauraro:
python_implementation() says so, and the python_* values come from
sys.version_info rather than from parsing sys.version."""

import os
import sys
import collections

__version__ = '1.0.8'

_uname_cache = None


class uname_result(collections.namedtuple("uname_result_base", "system node release version machine")):
    """A uname_result that's largely compatible with a simple namedtuple except
    that 'processor' is resolved late and cached to avoid calling "uname"
    except when needed."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        # CPython runs `uname -p`, which says "unknown" on Linux: blank.
        return ''

    def __iter__(self):
        return iter(tuple(super().__iter__()) + (self.processor,))

    @classmethod
    def _make(cls, iterable):
        num_fields = len(cls._fields) - 1
        result = cls.__new__(cls, *iterable)
        if len(result) != num_fields + 1:
            msg = f'Expected {num_fields} arguments, got {len(result)}'
            raise TypeError(msg)
        return result

    def __getitem__(self, key):
        return (tuple(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]


def uname():
    """Fairly portable uname interface. Returns a tuple of strings
    (system, node, release, version, machine, processor)."""
    global _uname_cache
    if _uname_cache is not None:
        return _uname_cache
    u = os.uname()
    _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def system_alias(system, release, version):
    return system, release, version


def architecture(executable=sys.executable, bits='', linkage=''):
    """Queries the given executable for its bit architecture and linkage."""
    if not bits:
        bits = '64bit' if sys.maxsize > 2**32 else '32bit'
    if executable:
        try:
            with open(executable, 'rb') as f:
                if f.read(4) == b'\x7fELF':
                    linkage = 'ELF'
        except OSError:
            pass
    return bits, linkage


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """The C library the interpreter is linked against: ('glibc', '2.36')."""
    import _os
    return 'glibc', _os.libc_version()


def _platform(*args):
    platform = '-'.join(x.strip() for x in filter(len, args))
    for a, b in ((' ', '_'), ('/', '-'), ('\\', '-'), (':', '-'), (';', '-'),
                 ('"', '-'), ('(', '-'), (')', '-')):
        platform = platform.replace(a, b)
    platform = platform.replace('unknown', '')
    while True:
        cleaned = platform.replace('--', '-')
        if cleaned == platform:
            break
        platform = cleaned
    while platform[-1] == '-':
        platform = platform[:-1]
    return platform


def platform(aliased=0, terse=0):
    """A single string identifying the underlying platform,
    e.g. 'Linux-6.1.0-x86_64-with-glibc2.36'."""
    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ''
    if aliased:
        system, release, version = system_alias(system, release, version)
    libcname, libcversion = libc_ver()
    return _platform(system, release, machine, processor, 'with', libcname + libcversion)


def python_implementation():
    return 'Tauraro'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('main', '')


def python_compiler():
    return 'rustc'


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


_os_release_cache = None


def _parse_os_release(lines):
    import re
    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    line_re = re.compile(r"^(?P<name>[a-zA-Z0-9_]+)=(?P<quote>[\"\']?)(?P<value>.*)(?P=quote)$")
    unescape = re.compile(r"\\([\\\$\"\'`])")
    for line in lines:
        mo = line_re.match(line)
        if mo is not None:
            info[mo.group('name')] = unescape.sub(r"\1", mo.group('value'))
    return info


def freedesktop_os_release():
    """Return operation system identification from freedesktop.org os-release"""
    global _os_release_cache
    if _os_release_cache is None:
        errno = None
        for candidate in ("/etc/os-release", "/usr/lib/os-release"):
            try:
                with open(candidate, encoding="utf-8") as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(errno, "Unable to read files " + ", ".join(("/etc/os-release", "/usr/lib/os-release")))
    return _os_release_cache.copy()
