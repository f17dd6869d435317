# statistics: mean (int/float results), fmean, median variants, mode/multimode, variance/stdev (correctly rounded), errors.
import statistics as st

ints = [2, 4, 4, 4, 5, 5, 7, 9]
floats = [1.5, 2.25, 3.125, 0.1, 0.2, 0.3]
print(st.mean(ints), st.mean([1, 2]), st.mean(floats), st.mean([True, 3]), st.fmean(ints), st.fmean(floats))
print(st.median(ints), st.median([3, 1, 2]), st.median_low(ints), st.median_high(ints), st.median([1.5, 2.5]))
print(st.mode(ints), st.mode('abracadabra'), st.multimode('aabbbcccc'), st.multimode([1, 1, 2, 2]), st.multimode([]))
print(st.variance(ints), st.pvariance(ints), st.stdev(ints), st.pstdev(ints))
print(st.variance(floats), st.stdev(floats), st.pstdev([1e300, -1e300]), st.variance([1, 2, 3, 4], 2.5))
print(st.geometric_mean([1, 10, 100]), st.mean([10 ** 20, 1]), st.stdev([0.1] * 5))
for bad in (lambda: st.mean([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.fmean([])):
    try:
        bad()
    except st.StatisticsError as e:
        print('StatisticsError:', e, isinstance(e, ValueError))
