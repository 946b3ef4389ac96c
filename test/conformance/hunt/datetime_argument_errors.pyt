# test hunt: datetime's argument and range errors worded as the C module's: missing year/month/day, timedelta component types and magnitude, tzinfo/timezone/combine/strptime/strftime arguments, fromisoformat fields, date overflow
import datetime as D
tests = [lambda: D.date(2024, 13, 1), lambda: D.date(0, 1, 1), lambda: D.date("2024", 1, 1), lambda: D.date(2024.0, 1, 1), lambda: D.time(24),
         lambda: D.time(1, 60), lambda: D.time(1, tzinfo=5), lambda: D.datetime(2024, 1, 1, 25), lambda: D.timedelta(days=1e10),
         lambda: D.timedelta("1"), lambda: D.timedelta(1) + 1, lambda: D.date(2024, 1, 1) + 1, lambda: D.date(2024, 1, 1) - "x",
         lambda: D.timedelta(1) * 1.5, lambda: D.timedelta(1) * "x", lambda: D.timedelta(1) / 0, lambda: D.timedelta(1) // 0,
         lambda: D.date.fromisoformat("2024-1-1"), lambda: D.datetime.fromisoformat("nope"), lambda: D.date.fromisoformat(5),
         lambda: D.time.fromisoformat("25:00"), lambda: D.datetime.strptime("x", "%Y"), lambda: D.datetime.strptime("2024", 5),
         lambda: D.timezone(D.timedelta(hours=25)), lambda: D.timezone(5), lambda: D.date(2024, 1, 1).replace(month=13),
         lambda: D.datetime(2024, 1, 1).strftime(5), lambda: D.date.max + D.timedelta(1), lambda: D.date(1, 1, 1) - D.timedelta(1),
         lambda: D.datetime(2024, 2, 30), lambda: D.datetime(2024, 1, 1).isoformat(timespec="bad"),
         lambda: D.date(2024, 1, 1) < D.timedelta(1), lambda: hash(D.datetime(2024, 1, 1)) == hash(D.datetime(2024, 1, 1)),
         lambda: D.timedelta(hours=1) == 3600, lambda: abs(D.timedelta(days=-1)), lambda: D.timedelta(microseconds=-1) < D.timedelta(0),
         lambda: D.datetime.combine(D.date(2024, 1, 1), 5), lambda: D.tzinfo().utcoffset(None),
         lambda: D.datetime(2024, 1, 1, tzinfo=D.timezone.utc).astimezone(5), lambda: D.date(year=2024, month=1), lambda: D.time(hour=1.5)]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
tests = [lambda: D.timedelta(days=1000000000), lambda: D.timedelta(days=-1000000000), lambda: D.timedelta(hours=1e12), lambda: D.timedelta(seconds='1'), lambda: D.timedelta(weeks=[1]),
         lambda: D.date.fromisoformat('2024-13-01'), lambda: D.date.fromisoformat('2024-02-30'), lambda: D.datetime.fromisoformat('2024-01-01T25:00'), lambda: D.datetime.fromisoformat('2024-02-30T01:00'), lambda: D.time.fromisoformat('12:61'),
         lambda: D.datetime.max + D.timedelta(1), lambda: D.datetime.min - D.timedelta(1), lambda: D.date.max - D.timedelta(-1),
         lambda: D.datetime.combine(5, D.time()), lambda: D.datetime(2024), lambda: D.datetime(2024, 1), lambda: D.date(2024), lambda: D.date(), lambda: D.datetime.strptime(5, '%Y'),
         lambda: D.timezone(D.timedelta(hours=1), 5), lambda: D.tzinfo().dst(None), lambda: D.tzinfo().tzname(None), lambda: D.time(1).strftime(5), lambda: D.date(2024, 1, 1).strftime(None),
         lambda: D.timezone(D.timedelta(microseconds=1)), lambda: D.date(2024, None, 1), lambda: D.datetime(year=2024, month=2, day=3, hour=4), lambda: D.date(day=1, month=2, year=2003),
         lambda: D.timedelta(1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5), lambda: D.timedelta(True)]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
