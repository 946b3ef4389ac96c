# test time.gmtime/struct_time, strftime, asctime and sys.version_info's named fields
import sys
import time

stamp = 1700000000.75
g = time.gmtime(stamp)
print(g)
print(g.tm_year, g.tm_mon, g[2], g[-1], len(g), g.tm_zone, g.tm_gmtoff, isinstance(g, tuple))
year, month, day, *rest = g
print(year, month, day, rest)
print(time.strftime("%Y-%m-%d %H:%M:%S", g))
print(time.strftime("%a %A %b %B %j %w %u %p %I %y %e|%c|%x|%X|%D|%T|%R|%F|%%", g))
print(time.asctime(g))
print(time.strftime("%H:%M:%S", (2024, 1, 5, 9, 7, 3, 4, 5, 0)))
print(time.asctime((2024, 1, 5, 9, 7, 3, 4, 5, 0)))
print(time.gmtime(0))
print(type(g).__name__, type(g))
print(sys.version_info.major, sys.version_info.minor, sys.version_info[:2] >= (3, 8))
print(type(sys.version_info).__name__, sys.version_info.releaselevel)
print(len(time.ctime()), len(time.asctime()), time.localtime().tm_year >= 2024)
print(time.mktime(time.localtime(1700000000)))
