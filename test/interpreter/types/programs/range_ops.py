# range: len, index, contains, slicing, reversed, repr, errors
r = range(0, 20, 3)
print(r, range(5), range(1, 5), range(5, 0, -1), len(r), r[2], r[-1], r[1:3], r[::-1], r[::2])
print(list(r), list(reversed(r)), 9 in r, 10 in r, 9.0 in r, r.index(9), r.count(9), r.count(10))
print(range(0) == range(2, 2), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2), hash(range(3)) == hash(range(0, 3)))
print(len(range(10, 0)), len(range(-5, 5, 2)), list(range(10, -10, -7)), bool(range(0)), r.start, r.stop, r.step)
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(3)[5], lambda: r.index(10), lambda: range(), lambda: range("a")]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(sum(range(101)), max(range(7)), min(range(3, 9)), list(enumerate(range(3), 1)))
