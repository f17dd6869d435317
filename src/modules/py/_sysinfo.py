# Run inside the `sys` module's namespace after the native part is set up:
# struct-sequence values (version_info, float_info, int_info, hash_info) and
# sys.implementation, with CPython's reprs and attribute access.


class _StructSeq(tuple):
    _fields = ()
    _name = ''

    def __repr__(self):
        return self._name + '(' + ', '.join(
            ['%s=%r' % (f, v) for f, v in zip(self._fields, self)]) + ')'


def _field(i):
    return property(lambda self: self[i])


def _structseq(name, fields, values):
    ns = {'_fields': tuple(fields), '_name': name}
    for i, f in enumerate(fields):
        ns[f] = _field(i)
    cls = type(name.rsplit('.', 1)[-1], (_StructSeq,), ns)
    return tuple.__new__(cls, values)


class _Namespace:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        return 'namespace(' + ', '.join(['%s=%r' % kv for kv in self.__dict__.items()]) + ')'


version_info = _structseq('sys.version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'],
                          list(version_info))
float_info = _structseq('sys.float_info',
                        ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
                         'mant_dig', 'epsilon', 'radix', 'rounds'],
                        [1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307,
                         15, 53, 2.220446049250313e-16, 2, 1])
int_info = _structseq('sys.int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
                                       'str_digits_check_threshold'], [30, 4, 4300, 640])
hash_info = _structseq('sys.hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm',
                                         'hash_bits', 'seed_bits', 'cutoff'],
                       [64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0])
implementation = _Namespace(name='tauraro', cache_tag=None, version=version_info,
                            hexversion=hexversion)
del _StructSeq, _field, _structseq, _Namespace
