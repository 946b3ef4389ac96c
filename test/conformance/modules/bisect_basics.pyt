# test bisect: left/right, lo/hi, key=, insort variants, the grade example, and CPython's argument errors
import bisect
from bisect import bisect_left, bisect_right, insort, insort_left
a = [1, 2, 2, 2, 3, 5]
print([bisect_left(a, x) for x in range(7)], [bisect_right(a, x) for x in range(7)], bisect.bisect(a, 2), bisect.bisect(a, 2, 2, 4))
print(bisect_left([], 1), bisect_right([], 1), bisect_left(a, 2, lo=2), bisect_right(a, 2, hi=2), bisect.bisect([1, 2, 3], 2, hi=-1), bisect_left(a, 2.5))
b = []
for x in [5, 1, 4, 1, 3]:
    insort(b, x)
print(b)
insort_left(b, 4); bisect.insort_right(b, 0); print(b)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]), bisect.bisect(recs, 9, key=lambda r: r[1]))
insort(recs, ('d', 4), key=lambda r: r[1]); insort_left(recs, ('e', 1), key=lambda r: r[1]); print(recs)
for f in [lambda: bisect.bisect(1, 2), lambda: bisect_left([1], 1, -1), lambda: bisect_left([1], 1, 0, 5), lambda: bisect.insort(1, 2), lambda: bisect.bisect([1]),
          lambda: bisect_right([1, 2], 'a'), lambda: bisect_left([1], 1, 'a'), lambda: bisect.bisect([1], 1, 0, 1, None, 2), lambda: bisect.bisect([1], 1, foo=2),
          lambda: bisect.bisect([1], 1, 0, 1, 2), lambda: bisect.insort([1]), lambda: bisect.insort([1], 1, 2, 3, 4, 5), lambda: bisect.bisect(a=[1], x=1),
          lambda: bisect.bisect([1], 1, lo=None), lambda: bisect.bisect([1], 1, hi=None), lambda: bisect.bisect([1], 1, 0, 'a'), lambda: bisect_left(),
          lambda: insort_left((1, 2), 1), lambda: bisect.bisect([1, 2, 3], 2, lo=5), lambda: bisect.bisect([1, 2, 3], 2, hi=10), lambda: bisect.bisect([1], 1, x=1)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
