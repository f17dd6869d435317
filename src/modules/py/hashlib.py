"""hashlib module - A common interface to many hash functions.

Tauraro: written for CPython 3.11's interface (Lib/hashlib.py over
Modules/_hashopenssl.c and _blake2); the digests are native (`_hashlib`,
src/modules/hashlib.rs) and the hash objects are the classes below, each
holding a native state in `_state`. `file_digest` is CPython's.
"""

import _hashlib

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(__always_supported) | {'sha512_224', 'sha512_256'}

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available', 'pbkdf2_hmac', 'file_digest')


class HASH:
    """A hash object; use hashlib's constructors or new() to make one."""
    __module__ = '_hashlib'

    def update(self, obj, /):
        """Update this hash object's state with the provided string."""
        _hashlib.update(self._state, obj)

    def digest(self):
        """Return the digest value as a bytes object."""
        return _hashlib.digest(self._state)

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return _hashlib.digest(self._state).hex()

    def copy(self):
        """Return a copy of the hash object."""
        c = object.__new__(type(self))
        c.__dict__.update(self.__dict__)
        c._state = _hashlib.copy(self._state)
        return c

    def __repr__(self):
        return f'<{self.name} {type(self).__module__}.{type(self).__name__} object @ {hex(id(self))}>'


class HASHXOF(HASH):
    """A hash object with variable length output (shake_128, shake_256)."""
    __module__ = '_hashlib'

    def digest(self, length=None):
        """Return the digest value as a bytes object."""
        if length is None:
            raise TypeError("digest() missing required argument 'length' (pos 1)")
        return _hashlib.digest(self._state, length)

    def hexdigest(self, length=None):
        """Return the digest value as a string of hexadecimal digits."""
        if length is None:
            raise TypeError("hexdigest() missing required argument 'length' (pos 1)")
        return _hashlib.digest(self._state, length).hex()


# One hidden subclass per algorithm, named like its base (type(h).__name__ is
# 'HASH' as in CPython), holding name/digest_size/block_size as class
# attributes: making a hash object is one allocation and one attribute store.
_classes = {}


def _class_for(canonical):
    cls = _classes.get(canonical)
    if cls is None:
        _, digest_size, block_size = _hashlib.info(canonical)
        base = HASHXOF if digest_size == 0 else HASH
        cls = type(base.__name__, (base,), {'__module__': '_hashlib', '__qualname__': base.__name__,
                                             'name': canonical, 'digest_size': digest_size,
                                             'block_size': block_size})
        _classes[canonical] = cls
    return cls


def _make(name, data):
    canonical = _hashlib.info(name)[0]
    h = object.__new__(_class_for(canonical))
    h._state = _hashlib.new(canonical, data)
    return h


class _Blake2(HASH):
    __module__ = '_blake2'

    def __init__(self, data=b'', /, *, digest_size=None, key=b'', salt=b'', person=b'',
                 fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
                 inner_size=0, last_node=False, usedforsecurity=True):
        if digest_size is None:
            digest_size = self.MAX_DIGEST_SIZE
        self._state = _hashlib.blake2(
            self.name, data, digest_size=digest_size, key=key, salt=salt, person=person,
            fanout=fanout, depth=depth, leaf_size=leaf_size, node_offset=node_offset,
            node_depth=node_depth, inner_size=inner_size, last_node=last_node)
        self.digest_size = digest_size


class blake2b(_Blake2):
    """Return a new BLAKE2b hash object."""
    name = 'blake2b'
    block_size = 128
    SALT_SIZE = 16
    PERSON_SIZE = 16
    MAX_KEY_SIZE = 64
    MAX_DIGEST_SIZE = 64


class blake2s(_Blake2):
    """Return a new BLAKE2s hash object."""
    name = 'blake2s'
    block_size = 64
    SALT_SIZE = 8
    PERSON_SIZE = 8
    MAX_KEY_SIZE = 32
    MAX_DIGEST_SIZE = 32


def _constructor(name):
    cls = _class_for(name)
    new_state = _hashlib.new
    new_obj = object.__new__

    def openssl_hash(string=b'', *, usedforsecurity=True):
        h = new_obj(cls)
        h._state = new_state(name, string)
        return h
    openssl_hash.__name__ = openssl_hash.__qualname__ = 'openssl_' + name
    openssl_hash.__doc__ = f'Returns a {name} hash object; optionally initialized with a string'
    return openssl_hash


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
shake_128 = _constructor('shake_128')
shake_256 = _constructor('shake_256')


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    if name in {'blake2b', 'blake2s'}:
        return (blake2b if name == 'blake2b' else blake2s)(data, **kwargs)
    kwargs.pop('usedforsecurity', None)
    if 'string' in kwargs:
        # CPython passes `data` on by position, so this clashes even when data is the default.
        raise TypeError("argument for new() given by name ('string') and position (2)")
    if kwargs:
        raise TypeError(f"'{next(iter(kwargs))}' is an invalid keyword argument for new()")
    return _make(name, data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    return _hashlib.pbkdf2_hmac(hash_name, password, salt, iterations, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object.

    *fileobj* must be a file-like object opened for reading in binary mode.
    It accepts file objects from open(), io.BytesIO(), and SocketIO objects.

    *digest* must either be a hash algorithm name as a *str*, a hash
    constructor, or a callable that returns a hash object.
    """
    from io import BytesIO as _BytesIO
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()

    if hasattr(fileobj, "getbuffer"):
        # io.BytesIO object, use zero-copy buffer
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if isinstance(fileobj, _BytesIO):
        # Tauraro: our io.BytesIO has no getbuffer() (nor readinto()) yet.
        digestobj.update(fileobj.getvalue())
        return digestobj

    # Only binary files implement readinto().
    if not (
        hasattr(fileobj, "readinto")
        and hasattr(fileobj, "readable")
        and fileobj.readable()
    ):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode."
        )

    buf = bytearray(_bufsize)  # Reusable buffer to reduce allocations.
    view = memoryview(buf)
    while True:
        size = fileobj.readinto(buf)
        if size == 0:
            break  # EOF
        digestobj.update(view[:size])

    return digestobj
