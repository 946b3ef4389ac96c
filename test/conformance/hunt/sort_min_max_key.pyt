# test hunt: sorted/min/max with key and reverse, itemgetter/attrgetter, sum, zip strict, errors
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(max([], default=None), min(3, 1, 2), max("apple", "fig", key=len), min([[3], [1, 2]]))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min()
except TypeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    max(1, 2, key=None, default=3)
except TypeError as e:
    print(e)
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=str.lower), sorted(words, key=len), sorted(set(words)))
from operator import itemgetter, attrgetter, methodcaller
print(sorted(people, key=itemgetter(1, 0)))
d = {"b": 2, "a": 3, "c": 1}
print(sorted(d), sorted(d.items(), key=itemgetter(1)), sorted(d, key=d.get, reverse=True))
l = [3, 1, 2]
print(l.sort(), l, l.reverse(), l)
print(sorted([3.5, 1, True, -2]), sorted([[2, 1], [1, 5], [1]]), sorted((1, 2), reverse=True))
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"V{self.v}"
print(sorted([V(3), V(1)], key=attrgetter("v")))
try:
    sorted([V(3), V(1)])
except TypeError as e:
    print(e)
print(list(map(methodcaller("upper"), ["a", "b"])))
print(sorted("bBaA"), sorted("bBaA", key=str.casefold))
print(max({"a": 1, "b": 5}.items(), key=lambda kv: kv[1])[0])
print(sum([0.1] * 10), sum([1, 2], 10), sum([[1], [2]], []))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
print(list(reversed([1, 2, 3])), list(enumerate("ab", 1)), list(zip("ab", [1, 2, 3])))
try:
    list(zip("ab", [1], strict=True))
except ValueError as e:
    print(e)
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(x for x in [1, 0]))
