import datetime as dt
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for d in [dt.date(2024, 12, 25), dt.date(2024, 1, 1), dt.date(2023, 1, 1), dt.date(2021, 1, 3), dt.date(2020, 12, 31), dt.date(2022, 6, 15)]:
    print(d.strftime('%U %W %w %j %a'))
t(lambda: dt.datetime.strptime('2024-03-10 12:30', '%Y-%m-%d %H:%M'))
t(lambda: dt.datetime.strptime('10/03/24', '%d/%m/%y'))
t(lambda: dt.datetime.strptime('March 5 1999 7:05:09 PM', '%B %d %Y %I:%M:%S %p'))
t(lambda: dt.datetime.strptime('Tue, 05 Mar 2024', '%a, %d %b %Y'))
t(lambda: dt.datetime.strptime('2024-03-10T01:02:03.5', '%Y-%m-%dT%H:%M:%S.%f'))
t(lambda: dt.datetime.strptime('2024 100', '%Y %j'))
t(lambda: dt.datetime.strptime('2024-03-10x', '%Y-%m-%d'))
t(lambda: dt.datetime.strptime('2024/03/10', '%Y-%m-%d'))
t(lambda: dt.datetime.strptime('12 AM', '%I %p'))
t(lambda: dt.datetime.strptime('70', '%y'))
t(lambda: dt.datetime.strptime('100%', '%d%%') if False else dt.datetime.strptime('10%', '%d%%'))
