import statistics as st
from fractions import Fraction
tests = [lambda: st.harmonic_mean([1, 2, 4]), lambda: st.harmonic_mean([2.5, 3, 10]), lambda: st.harmonic_mean([1, 0, 3]), lambda: st.harmonic_mean([5]),
         lambda: st.harmonic_mean([]), lambda: st.harmonic_mean([1, -2]), lambda: st.harmonic_mean([40, 60], weights=[5, 30]), lambda: st.harmonic_mean([3, 3, 3]),
         lambda: st.harmonic_mean(iter([1, 3])), lambda: st.harmonic_mean([1, 2], weights=[1]), lambda: st.harmonic_mean(['a']),
         lambda: st.quantiles([1, 2, 3, 4, 5], n=4), lambda: st.quantiles(range(1, 11), n=10), lambda: st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92], n=4, method='inclusive'),
         lambda: st.quantiles([1.5, 2.5], n=3), lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method='x'),
         lambda: st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]), lambda: st.covariance([1], [2]), lambda: st.covariance([1, 2], [1]),
         lambda: st.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1]), lambda: st.correlation([1, 1], [1, 2]), lambda: st.correlation([0.1, 0.7, 1.3], [2, 3.5, 1]),
         lambda: st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11.5]), lambda: st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True),
         lambda: st.linear_regression([1, 1], [2, 3]), lambda: st.linear_regression([1, 2, 3], [2, 4, 7]).slope, lambda: tuple(st.linear_regression([0, 1], [1, 3]))]
for t in tests:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)
