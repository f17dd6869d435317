"""Basic statistics (CPython 3.11's Lib/statistics.py algorithms: exact
rational sums, correctly rounded results) for int/float data: mean, fmean,
geometric_mean, median (low/high/grouped-free), mode, multimode, variance,
pvariance, stdev, pstdev."""

from math import isqrt as _isqrt, isfinite as _isfinite, fsum as _fsum, exp as _exp, log as _log, sqrt as _sqrt

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'mean', 'median', 'median_high',
           'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'stdev', 'variance',
           'harmonic_mean', 'quantiles', 'covariance', 'correlation', 'linear_regression']


class StatisticsError(ValueError):
    pass


def _gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


class _Q:
    """An exact rational n/d (d > 0, lowest terms)."""

    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = _gcd(n, d)
        if g > 1:
            n //= g
            d //= g
        self.n = n
        self.d = d

    def add(self, o):
        return _Q(self.n * o.d + o.n * self.d, self.d * o.d)

    def sub(self, o):
        return _Q(self.n * o.d - o.n * self.d, self.d * o.d)

    def mul(self, o):
        return _Q(self.n * o.n, self.d * o.d)

    def div_int(self, k):
        return _Q(self.n, self.d * k)


def _exact_ratio(x):
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _coerce(T, S):
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _types(data):
    T = int
    for x in data:
        S = type(x)
        if S is bool:
            S = int
        T = _coerce(T, S)
    return T


def _sum(data):
    """(T, total as _Q or a non-finite float, count)."""
    count = 0
    partials = {}
    special = None
    for x in data:
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            partials[d] = partials.get(d, 0) + n
    T = _types(data)
    if special is not None:
        return T, special, count
    total = _Q(0)
    for d, n in partials.items():
        total = total.add(_Q(n, d))
    return T, total, count


def _convert(value, T):
    if not isinstance(value, _Q):
        return T(value) if T is float else value
    if T is int or issubclass(T, int):
        if value.d == 1:
            return T(value.n)
        return value.n / value.d
    return T(value.n / value.d)


def _ss(data, c=None):
    if c is not None:
        T, ssd, count = _sum([(x - c) * (x - c) for x in data])
        return T, ssd, c, count
    count = 0
    sx = {}
    sxx = {}
    special = None
    for x in data:
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
            continue
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    T = _types(data)
    if not count:
        return T, _Q(0), _Q(0), 0
    if special is not None:
        return T, special, special, count
    total = _Q(0)
    for d, n in sx.items():
        total = total.add(_Q(n, d))
    total2 = _Q(0)
    for d, n in sxx.items():
        total2 = total2.add(_Q(n, d * d))
    ssd = total2.mul(_Q(count)).sub(total.mul(total)).div_int(count)
    return T, ssd, total.div_int(count), count


def _integer_sqrt_of_frac_rto(n, m):
    a = _isqrt(n // m)
    return a | (a * a * m != n)


_sqrt_bit_width = 2 * 53 + 3


def _float_sqrt_of_frac(n, m):
    q = (n.bit_length() - m.bit_length() - _sqrt_bit_width) // 2
    if q >= 0:
        numerator = _integer_sqrt_of_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _integer_sqrt_of_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def mean(data):
    """Return the sample arithmetic mean of data."""
    data = list(data)
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if not isinstance(total, _Q):
        return _convert(total / n, T)
    return _convert(total.div_int(n), T)


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean."""
    if weights is None:
        data = list(data)
        n = len(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return _fsum(data) / n
    data = list(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    num = _fsum([x * w for x, w in zip(data, weights)])
    den = _fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    try:
        return _exp(fmean([_log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = None
    best_n = 0
    for x, n in counts.items():
        if n > best_n:
            best, best_n = x, n
    return best


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def variance(data, xbar=None):
    T, ss, c, n = _ss(list(data), xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    if not isinstance(ss, _Q):
        return _convert(ss / (n - 1), T)
    return _convert(ss.div_int(n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _ss(list(data), mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    if not isinstance(ss, _Q):
        return _convert(ss / n, T)
    return _convert(ss.div_int(n), T)


def stdev(data, xbar=None):
    T, ss, c, n = _ss(list(data), xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if not isinstance(ss, _Q):
        return float(ss / (n - 1)) ** 0.5
    mss = ss.div_int(n - 1)
    return _float_sqrt_of_frac(mss.n, mss.d)


def pstdev(data, mu=None):
    T, ss, c, n = _ss(list(data), mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if not isinstance(ss, _Q):
        return float(ss / n) ** 0.5
    mss = ss.div_int(n)
    return _float_sqrt_of_frac(mss.n, mss.d)


def _fail_neg(values, errmsg):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = _Q(n)
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(list(_fail_neg(weights, errmsg)))
    try:
        data = list(_fail_neg(data, errmsg))
        T, total, count = _sum([w / x if w else 0 for w, x in zip(weights, data)])
    except ZeroDivisionError:
        return 0
    if not isinstance(total, _Q) or not isinstance(sum_weights, _Q):
        return _convert(float(_as_num(sum_weights)) / total, T)
    if total.n <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(_Q(sum_weights.n * total.d, sum_weights.d * total.n), T)


def _as_num(q):
    return q.n / q.d if isinstance(q, _Q) else q


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def _paired(x, y, what):
    """The length of two same-length inputs of at least two points (CPython's messages)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def _centered(x, y, n):
    """(xbar, ybar, sxy, sxx): means and centred sums of products."""
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = _fsum((xi - xbar) * (xi - xbar) for xi in x)
    return xbar, ybar, sxy, sxx


def covariance(x, y, /):
    n = _paired(x, y, 'covariance')
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    n = _paired(x, y, 'correlation')
    xbar, ybar, sxy, sxx = _centered(x, y, n)
    syy = _fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / _sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


class LinearRegression(tuple):
    """LinearRegression(slope, intercept), as the namedtuple CPython returns."""

    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    @property
    def slope(self):
        return self[0]

    @property
    def intercept(self):
        return self[1]

    def __repr__(self):
        return f'LinearRegression(slope={self[0]!r}, intercept={self[1]!r})'


def linear_regression(x, y, /, *, proportional=False):
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = _fsum(xi * yi for xi, yi in zip(x, y))
        sxx = _fsum(xi * xi for xi in x)
    else:
        xbar, ybar, sxy, sxx = _centered(x, y, n)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
