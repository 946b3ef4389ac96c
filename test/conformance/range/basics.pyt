# test range: repr, len, indexing, negative steps, empty ranges, membership, errors
print(range(5), range(1, 5), range(0, 10, 2), range(5, 0, -1))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -2)))
print(list(range(0)), list(range(5, 2)), list(range(-3)), len(range(0, 10, 3)), len(range(10, 0)))
r = range(10, 0, -3)
print(list(r), r[0], r[-1], len(r), 4 in r, 5 in r, r.index(7))
print(range(3) == range(0, 3), range(0) == range(5, 5), list(range(-5, -1)))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(len(range(2 ** 40)))
try:
    range(0, 10, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
print(r.start, r.stop, r.step)
