# test a list or tuple subclass with its own __iter__ is iterated through it by list(), extend() and unpacking
class Rev(list):
    def __iter__(self):
        return iter(self[::-1])
r = Rev([1, 2, 3])
print(list(r), tuple(r), [*r], sorted(r, reverse=True), sum(r), r)
a, b, c = r
print(a, b, c)
first, *rest = r
print(first, rest)
for x in r:
    print(x, end=" ")
print()
print(list(map(str, r)), list(zip(r, "abc")), list(enumerate(r)), ",".join(map(str, r)))
x = []
x.extend(r)
print(x, [v * 2 for v in r], set(r) == {1, 2, 3}, max(r), min(r))
class Pair(tuple):
    def __iter__(self):
        yield_order = [self[1], self[0]]
        return iter(yield_order)
p = Pair((1, 2))
u, v = p
print(u, v, list(p), p)
