# test datetime: dates, times, timedeltas, arithmetic, formatting, errors (CPython's module)
import datetime
from datetime import datetime as DT, timedelta, date, time, timezone
d = DT(2024, 3, 5, 10, 20, 30, 123456)
print(d, repr(d))
print(d.strftime("%Y-%m-%d %H:%M:%S"), d.isoformat(), f"{d:%H:%M}", format(d, "%A %d %B %Y"))
print(d + timedelta(days=1, hours=2), d - DT(2024, 1, 1), (d - DT(2024, 3, 5)).total_seconds())
print(date(2024, 2, 29).weekday(), date(2024, 2, 29) + timedelta(days=1), repr(date(2024, 1, 1)))
print(timedelta(seconds=3661), repr(timedelta(microseconds=-1)), timedelta(days=-1, seconds=5))
print(timedelta(hours=25) // timedelta(hours=1), timedelta(minutes=90) / 2, abs(timedelta(-3)), -timedelta(1))
print(timedelta(1) * 2.5, str(timedelta(microseconds=1500)))
print(DT.fromtimestamp(0, timezone.utc), DT(2020, 1, 1, tzinfo=timezone.utc).timestamp())
print(d.replace(year=2000), d.date(), d.time(), d.weekday(), d.timetuple().tm_yday)
print(sorted([d, d - timedelta(1), d + timedelta(1)])[0], d == d.replace(), {d: 1}[d.replace()])
print(hash(d) == hash(DT(2024, 3, 5, 10, 20, 30, 123456)), d > DT(2024, 3, 5))
print(datetime.MINYEAR, datetime.MAXYEAR, DT.min, DT.max, date.max)
print(time(1, 2, 3), repr(time(1, 2)), DT.combine(date(2024, 1, 2), time(3, 4)))
print(date(2024, 3, 5).isocalendar(), date.fromisoformat("2024-03-05"), DT.fromisoformat("2024-03-05T10:20:30"))
print(DT(2024, 1, 1).strftime("%a %b %d %j %U %W %V %G %w %y %p %I"))
print(type(DT.now()).__name__, date.today().year > 2000, DT.now() - DT.now() < timedelta(seconds=1))
for args in [(0, 1, 1), (2024, 13, 1), (2024, 2, 30), (2023, 2, 29)]:
    try:
        DT(*args)
    except ValueError as e:
        print("ValueError:", e)
for args in [(24,), (1, 60), (1, 1, 60), (1, 1, 1, 10**6)]:
    try:
        time(*args)
    except ValueError as e:
        print("ValueError:", e)
