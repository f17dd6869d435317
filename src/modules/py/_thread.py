"""Tauraro's _thread for a single-threaded interpreter: the identity of the one thread and
locks with CPython's behaviour as seen from that thread (what reprlib, functools-style caches
and code written for threads use). There is no start_new_thread."""

error = RuntimeError
TIMEOUT_MAX = 9223372036.0


def get_ident():
    return 1


get_native_ident = get_ident


def _count():
    return 0


class LockType:
    __slots__ = ('_locked',)

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError('timeout value must be a non-negative number')
        if self._locked:
            if blocking and timeout == -1:
                # No other thread could ever release it.
                raise RuntimeError('deadlock: acquiring a lock held by the only thread')
            return False
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        return self._locked

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return f'<{state} _thread.lock object at 0x{id(self):x}>'


LockType.__name__ = LockType.__qualname__ = 'lock'
LockType.__module__ = '_thread'


def allocate_lock():
    return LockType()


allocate = allocate_lock


class RLock:
    __slots__ = ('_count',)

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    __enter__ = acquire

    def release(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._count > 0

    def __repr__(self):
        state = 'locked' if self._count else 'unlocked'
        return (f'<{state} _thread.RLock object owner={get_ident() if self._count else 0} '
                f'count={self._count} at 0x{id(self):x}>')


RLock.__module__ = '_thread'
