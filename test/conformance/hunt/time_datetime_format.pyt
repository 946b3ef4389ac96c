# test hunt: time.strftime, datetime/date/timedelta arithmetic, isoformat, strptime, errors
import time
from datetime import datetime, date, timedelta, time as dtime, timezone
t = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %p %I %y %%", t))
print(time.strftime("%A %B %d %U %W %w", t), t.tm_year, t.tm_yday)
print(time.gmtime(0), time.strftime("%Y", time.gmtime(86400 * 365)))
d = datetime(2024, 1, 31, 23, 59, 30)
print(d, repr(d), d + timedelta(seconds=45), d - timedelta(days=31), d.isoformat(), d.date(), d.time())
print(d.strftime("%d/%m/%Y %I:%M %p"), d.weekday(), d.isoweekday(), d.isocalendar(), d.timetuple().tm_yday)
td = timedelta(days=1, hours=25, minutes=-5, seconds=3.5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, -td, abs(-td), td * 2, td / 3, td // timedelta(hours=1))
print(timedelta(0), timedelta(microseconds=1), timedelta(weeks=3), str(timedelta(days=-1, seconds=1)))
print(date(2024, 3, 1) - date(2023, 3, 1), date(2024, 1, 1).replace(month=12), date.fromisoformat("2021-05-04"))
print(datetime.strptime("2023-07-04 08:30", "%Y-%m-%d %H:%M"), datetime.fromisoformat("2020-01-02T03:04:05"))
print(dtime(9, 30), dtime(9, 30, 15, 500), f"{dtime(14, 5):%H.%M}", datetime(2020, 5, 17).strftime("%a %-d" if False else "%a %d"))
print(datetime(2020, 1, 1, tzinfo=timezone.utc), datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=-5))).isoformat())
print(d < datetime(2025, 1, 1), max(date(2020, 1, 1), date(2019, 12, 31)), sorted([dtime(3), dtime(1)]))
try:
    date(2023, 2, 29)
except ValueError as e:
    print(e)
try:
    datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print(e)
try:
    d - 5
except TypeError as e:
    print(e)
print(f"{d:%Y-%m-%d}", "{:%H:%M}".format(d), format(date(2000, 1, 1), "%B"), date(2000, 1, 1).ctime())
print(timedelta(hours=1) < timedelta(minutes=61), timedelta(seconds=90) == timedelta(minutes=1.5))
print(d.replace(hour=0) + timedelta(days=1), (d - datetime(2024, 1, 1)).days, date(2024, 12, 25).strftime("%j"))
print(time.strftime("%H:%M", (2000, 1, 1, 7, 3, 0, 0, 1, -1)))
