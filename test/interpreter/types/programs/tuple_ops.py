# tuple: indexing, slicing, count/index, hashing, comparisons, repr
t = (1, 2, 3, 2, 1)
print(t[0], t[-1], t[1:3], t[::-1], t.count(2), t.index(2), t.index(1, 1))
print((1,), (), (1, 2) + (3,), (0,) * 3, 2 * (1, 2), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(("a",)) == hash(("a",)), hash((1.5, -1)))
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    t[9]
except IndexError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
try:
    (1,) + [2]
except TypeError as e:
    print(e)
print(tuple([1, 2]), tuple("ab"), tuple(), tuple(range(3)), len(t), 3 in t, bool(()))
d = {(1, 2): "a", (1, (2,)): "b"}
print(d[(1, 2)], d[1, (2,)])
a, b = (1, 2)
print(a, b, (1, 2, 3)[1:], ((1, 2),))
