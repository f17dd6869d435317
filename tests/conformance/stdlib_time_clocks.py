# time: every clock returns the right type, ns clocks agree with float clocks, sleep validates its argument.
import time

for name in ['time', 'perf_counter', 'monotonic', 'process_time']:
    v = getattr(time, name)()
    ns = getattr(time, name + '_ns')()
    print(name, type(v).__name__, type(ns).__name__, v >= 0, abs(ns / 1e9 - getattr(time, name)()) < 5.0)
t0 = time.perf_counter_ns()
total = 0
for i in range(20000):
    total += i
t1 = time.perf_counter_ns()
print(total, t1 >= t0)
start = time.monotonic()
time.sleep(0)
time.sleep(0.02)
print(time.monotonic() - start >= 0.015)
print(time.time() > 1.6e9, time.time_ns() > 1.6e18)
for bad in (-1, 'x'):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
