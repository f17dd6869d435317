# datetime (naive): date/time/datetime/timedelta construction, arithmetic, reprs, isoformat, strftime, ISO calendar, errors.
from datetime import date, time, datetime, timedelta

d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday())
print(d.isocalendar(), d.toordinal(), date.fromordinal(738000), d.replace(day=1), d.strftime('%A %d %B %Y (%j)'), d.ctime())
t = timedelta(days=1, hours=3, minutes=4, seconds=5, microseconds=6)
print(t, repr(t), t.total_seconds(), -t, repr(-t), t * 2, t / 3, t // timedelta(hours=1), t % timedelta(hours=5), abs(-t))
print(timedelta(0), repr(timedelta(0)), timedelta(hours=-1), timedelta(weeks=1, days=-0.5), timedelta(milliseconds=1500))
dt = datetime(2024, 3, 10, 14, 5, 9, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(' ', 'seconds'), dt.date(), dt.time(), repr(dt.time()))
print(dt + timedelta(hours=12), dt - timedelta(days=70), dt - datetime(2024, 1, 1), repr(datetime(2000, 1, 1, 12)))
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %p %I %a %b %y %w %u %%'), datetime.fromisoformat('2021-07-04T09:08:07'))
print(datetime.combine(d, time(8, 30)), time(23, 59, 59), repr(time(1, 2)), time(12, 0) < time(12, 1), dt > datetime(2024, 1, 1))
print(date(2024, 1, 1) < date(2024, 1, 2), sorted([date(2022, 5, 1), date(2021, 1, 1)]), date.max, date.min, timedelta.max)
print(f'{d:%d/%m/%Y}', '{:%H:%M}'.format(dt), d == date(2024, 2, 28), hash(d) == hash(date(2024, 2, 28)))
for bad in (lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: time(24, 0), lambda: datetime(10000, 1, 1),
            lambda: date.max + timedelta(days=1), lambda: date.fromisoformat('2024/01/01'), lambda: date('2024', 1, 1)):
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ':', e)
