"""Functional tools for creating and using iterators (CPython 3.11 semantics:
the documented pure-Python equivalents, with eager argument checks)."""

import sys as _sys

_MAXSIZE = 9223372036854775807


class count:
    """count(start=0, step=1) --> count object"""

    def __init__(self, start=0, step=1):
        if not isinstance(start, (int, float)) and not hasattr(start, '__add__'):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


def cycle(iterable):
    it = iter(iterable)

    def gen():
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element
    return gen()


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)

    def gen():
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        if func is None:
            for element in it:
                total = total + element
                yield total
        else:
            for element in it:
                total = func(total, element)
                yield total
    return gen()


class chain:
    """chain(*iterables) --> chain object"""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls()
        self._sources = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                src = next(self._sources)
                self._active = iter(src)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    it = iter(iterable)

    def gen():
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x
    return gen()


def filterfalse(predicate, iterable):
    it = iter(iterable)
    if predicate is None:
        predicate = bool
    return (x for x in it if not predicate(x))


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        if key is None:
            key = _identity
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = object()
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey == self._tgtkey:
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                return
            self._currkey = self._keyfunc(self._currvalue)


def _identity(x):
    return x


def _as_ssize(v):
    """PyNumber_AsSsize_t with errors cleared: None when not an in-range index."""
    if not isinstance(v, int):
        if not hasattr(type(v), '__index__'):
            return None
        v = v.__index__()
    if v < -_MAXSIZE - 1 or v > _MAXSIZE:
        return None
    return v


def islice(iterable, *args):
    # Argument checks in the C implementation's order and wording.
    if len(args) == 0:
        raise TypeError("islice expected at least 2 arguments, got 1")
    if len(args) > 3:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    if len(args) == 1:
        start_v, stop_v, step_v = None, args[0], None
    else:
        start_v, stop_v = args[0], args[1]
        step_v = args[2] if len(args) == 3 else None
    start, stop, step = 0, -1, 1
    if stop_v is not None:
        stop = _as_ssize(stop_v)
        if stop is None or stop == -1:
            raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if start_v is not None:
        start = _as_ssize(start_v)
        if start is None:
            start = -1
    if start < 0 or stop < -1:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if step_v is not None:
        step = _as_ssize(step_v)
        if step is None:
            step = -1
    if step < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    if stop == -1:
        stop = None
    src = iter(iterable)
    if stop is None:
        stop = _MAXSIZE

    def gen():
        it = iter(range(start, stop, step))
        try:
            nexti = next(it)
        except StopIteration:
            for i, element in zip(range(start), src):
                pass
            return
        i = -1
        try:
            for i, element in enumerate(src):
                if i == nexti:
                    yield element
                    nexti = next(it)
        except StopIteration:
            for i, element in zip(range(i + 1, stop), src):
                pass
    return gen()


def pairwise(iterable):
    it = iter(iterable)

    def gen():
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b
    return gen()


def starmap(function, iterable):
    it = iter(iterable)
    return (function(*args) for args in it)


def takewhile(predicate, iterable):
    it = iter(iterable)

    def gen():
        for x in it:
            if predicate(x):
                yield x
            else:
                break
    return gen()


class _tee_link:
    def __init__(self):
        self.value = None
        self.next = None


class _tee:
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._it)
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    if isinstance(iterable, _tee):
        first = iterable.__copy__()
    else:
        first = _tee(iter(iterable), _tee_link())
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])


def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]

    def gen():
        num_active = len(iterators)
        if not num_active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                try:
                    value = next(it)
                except StopIteration:
                    num_active -= 1
                    if not num_active:
                        return
                    iterators[i] = repeat(fillvalue)
                    value = fillvalue
                values.append(value)
            yield tuple(values)
    return gen()


def product(*args, repeat=1):
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in args] * repeat

    def gen():
        result = [[]]
        for pool in pools:
            result = [x + [y] for x in result for y in pool]
        for prod in result:
            yield tuple(prod)
    return gen()


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif not isinstance(r, int):
        raise TypeError("Expected int as r")
    elif r < 0:
        raise ValueError("r must be non-negative")

    def gen():
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return
    return gen()


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError("r must be non-negative")

    def gen():
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)
    return gen()


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError("r must be non-negative")

    def gen():
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
    return gen()
