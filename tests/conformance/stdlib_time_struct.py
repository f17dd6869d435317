# time's calendar functions (C library, as CPython): gmtime/localtime/mktime/strftime/
# asctime/ctime, struct_time, the zone constants; outputs independent of TZ.
import time
for a in [(1, 2, 3), list(range(12))]:
    try:
        time.struct_time(a)
    except TypeError as e:
        print(e)
s = time.struct_time(range(9))
print(s, s.tm_zone, s.tm_gmtoff, len(s), s[0], s[-1], s[:3])
s = time.struct_time(list(range(11)))
print(s.tm_zone, s.tm_gmtoff, tuple(s))
g = time.gmtime(0)
print(g, g.tm_zone, g.tm_gmtoff, type(g).__module__, time.struct_time.n_fields, g.tm_year, g.tm_yday)
print(time.gmtime(1.9), time.gmtime(-1.5)[:6], time.gmtime(10**10)[:3])
for bad in ["x", float("nan"), 1e30]:
    try:
        time.gmtime(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %% %A %B %p %y %U %w", time.gmtime(86400 * 365.25 * 30)))
print(time.asctime(time.gmtime(0)), time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (1, 2), "x", (2024, 1, 1, 0, 0, 0, 0, 1), (2024, 1, 1, 25, 0, 0, 0, 1, 0), (2024, 1, 40, 0, 0, 0, 0, 1, 0)]:
    try:
        print(time.strftime("%Y", bad))
    except Exception as e:
        print(type(e).__name__, e)
print(time.mktime(time.localtime(1000000)), time.strftime("%Y", (2024, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%Y-%m-%d", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
try:
    time.strftime(3)
except TypeError as e:
    print(e)
print(repr(time.strftime("")), time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0), isinstance(time.gmtime(), tuple))
for secs in (0, 1234567890, 2**31, -86400 * 400):
    lt = time.localtime(secs)
    print(time.mktime(lt) == secs, time.gmtime(secs)[:8], time.ctime(secs) == time.asctime(time.localtime(secs)))
print(type(time.timezone), type(time.daylight), len(time.tzname), -time.localtime(0).tm_gmtoff in (time.timezone, time.altzone))
y, m, d = time.localtime()[:3]
print(y > 2000, 1 <= m <= 12, len(time.strftime("%Y-%m-%d")) == 10, time.strftime("%Y", time.gmtime(0)))
