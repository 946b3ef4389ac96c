# test hunt: time/datetime formatting, timestamps, timedelta arithmetic, and the C module's comparison and subtraction errors (naive vs aware, datetime vs date)
import time, datetime
t = time.localtime(86400 * 365.25 * 30)
print(time.strftime("%c | %x | %X | %D | %T | %R | %e | %h | %n%t| %C | %g %G %V %u", t))
print(time.ctime(0), time.asctime(time.gmtime(1e9)), time.mktime(time.localtime(1e9)), time.gmtime(1.5).tm_sec)
print(datetime.datetime.fromtimestamp(1e9), datetime.datetime.utcfromtimestamp(1e9), datetime.datetime(2001, 9, 9, 1, 46, 40).timestamp())
print(datetime.datetime.fromtimestamp(0, datetime.timezone.utc), datetime.date.fromtimestamp(1e9), datetime.datetime.fromisoformat("2021-03-04 05:06:07.123456+02:00"))
d = datetime.datetime(2024, 3, 10, 15, 30)
print(d.strftime("%Y-%m-%dT%H:%M:%S.%f%z %Z|%a %A %b %B %p %I %j %U %W %w %y %%"), d.astimezone(datetime.timezone.utc).tzname())
print(time.strptime("2024-03-10 15:30", "%Y-%m-%d %H:%M"), time.strftime("%Y", time.strptime("99", "%y")))
print(repr(datetime.timedelta(seconds=-1)), datetime.timedelta(days=1) / datetime.timedelta(hours=5), datetime.timedelta(minutes=90) % datetime.timedelta(hours=1), divmod(datetime.timedelta(hours=25), datetime.timedelta(days=1)))
print(datetime.datetime.min, datetime.datetime.max, datetime.date.resolution, datetime.timedelta.max)
print(datetime.datetime(2024, 1, 1) - datetime.datetime(2023, 1, 1, 12), datetime.date(2024, 1, 31) + datetime.timedelta(days=30), datetime.date.today() > datetime.date(2000, 1, 1))
try:
    datetime.datetime(2024, 1, 1) - datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
except TypeError as e:
    print(e)
try:
    datetime.datetime(2024, 1, 1) < datetime.date(2024, 1, 1)
except TypeError as e:
    print(e)
print(datetime.datetime(2024, 1, 1) == datetime.date(2024, 1, 1), time.struct_time((2020, 1, 1, 0, 0, 0, 2, 1, 0)))
print(f"{datetime.datetime(2024, 5, 6, 7, 8, 9):%d.%m.%Y %H:%M}", "{:%j}".format(datetime.date(2024, 12, 31)), format(datetime.time(1, 2, 3), "%H-%M-%S"))
import datetime as D
class MyDate(D.date):
    pass
tests = [lambda: D.datetime(2024, 1, 1) < D.date(2024, 1, 1), lambda: D.date(2024, 1, 1) < D.datetime(2024, 1, 1),
         lambda: D.datetime(2024, 1, 1) < D.datetime(2024, 1, 1, tzinfo=D.timezone.utc),
         lambda: D.time(1) < D.time(1, tzinfo=D.timezone(D.timedelta(hours=1))), lambda: D.date(2024, 1, 1) < 5,
         lambda: D.timedelta(1) < 5, lambda: D.time(1) < 5, lambda: D.datetime(2024, 1, 1) - D.datetime(2024, 1, 1, tzinfo=D.timezone.utc),
         lambda: D.datetime(2024, 1, 1) < "x", lambda: D.datetime(2024, 1, 1) >= MyDate(2024, 1, 1), lambda: D.datetime(2024, 1, 1) == D.datetime(2024, 1, 1, tzinfo=D.timezone.utc)]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(e)
