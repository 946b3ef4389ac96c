# test time.struct_time(seq): 9 to 11 items (tm_zone, tm_gmtoff attributes only, None when not given), CPython's TypeErrors for other lengths and non-sequences
import time

for a in [(1, 2, 3), tuple(range(12)), 5]:
    try:
        time.struct_time(a)
    except TypeError as e:
        print(e)
s = time.struct_time(tuple(range(10)))
print(len(s), s.tm_zone, s.tm_gmtoff, s)
s = time.struct_time([2000, 1, 2, 3, 4, 5, 6, 2, -1, 'UTC', 0])
print(s.tm_zone, s.tm_gmtoff, s[8], tuple(s), s == (2000, 1, 2, 3, 4, 5, 6, 2, -1))
