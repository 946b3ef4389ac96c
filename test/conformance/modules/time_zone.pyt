# test time.tzname, timezone, altzone, daylight and tzset() (this harness runs with TZ unset: UTC), strftime %Z/%z of localtime, gmtime and plain tuples by tm_isdst, strptime %Z
import time
print(time.tzname, time.timezone, time.altzone, time.daylight)
print(type(time.tzname).__name__, type(time.timezone).__name__, type(time.daylight).__name__)
print(time.tzset())
print(time.tzname, time.timezone)
for t in (0, 86400 * 180, 1700000000):
    lt = time.localtime(t)
    print(time.strftime("%Y-%m-%d %H:%M:%S %Z %z", lt), lt.tm_zone, lt.tm_gmtoff, lt.tm_isdst)
    gt = time.gmtime(t)
    print(time.strftime("%Z %z", gt), gt.tm_zone, gt.tm_gmtoff)
print(time.strftime("%Z %z", (2024, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%Z %z", (2024, 7, 1, 0, 0, 0, 0, 183, 1)))
print(time.strftime("%Z") == time.tzname[time.localtime().tm_isdst])
print(time.mktime(time.localtime(1700000000)) + time.timezone * 0)
print(time.strptime("2024 UTC", "%Y %Z")[-1], time.strptime("2024 GMT", "%Y %Z")[-1])
from time import altzone, daylight
print(altzone, daylight)
try:
    time.tzset(1)
except TypeError as e:
    print(e)
for d in (-5, -1, 0, 1, 2):
    print(repr(time.strftime('%Z %z', (2024, 1, 1, 0, 0, 0, 0, 1, d))), end=' ')
print()
st = time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 1))
print(st.tm_zone, repr(time.strftime('%Z %z', st)))
