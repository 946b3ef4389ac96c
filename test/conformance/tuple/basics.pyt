# test tuples: creation, single-element, packing, count/index, immutability, hashing as keys
t = (1, 2, 3)
single = (1,)
empty = ()
packed = 4, 5
print(t, single, empty, packed, type(packed).__name__)
print(len(t), t[0], t[-1], t[1:], t + (4,), t * 2)
print((1, 2, 2).count(2), t.index(3), 2 in t)
print(tuple([1, 2]), tuple("ab"), tuple(range(2)), tuple())
try:
    t[0] = 9
except TypeError as e:
    print(e)
try:
    t.index(9)
except ValueError as e:
    print(e)
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(0, 0)], d[1, 2])
print((1, [2]) == (1, [2]), (1,) * 0)
print(repr((1,)), repr(("a", "b")), str(((),)))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
