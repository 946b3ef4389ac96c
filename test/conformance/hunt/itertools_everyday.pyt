# test hunt: groupby, chain, product, permutations, accumulate, islice, pairwise, zip_longest, tee, range
import itertools as it
data = [("a", 1), ("a", 2), ("b", 3), ("a", 4)]
for k, g in it.groupby(data, key=lambda t: t[0]):
    print(k, list(g))
print([(k, len(list(g))) for k, g in it.groupby("aaabbcaa")])
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")))
print(list(it.permutations([1, 2, 3], 2)), len(list(it.permutations(range(4)))))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
import operator
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([3, 1, 4], max, initial=0)))
print(list(it.islice(it.count(10, 2), 5)), list(it.islice("abcdefg", 1, 6, 2)), list(it.islice(range(10), 3)))
print(list(it.pairwise("abcd")), list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.compress("abcd", [1, 0, 1, 0])), list(it.filterfalse(None, [0, 1, "", "a"])), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.repeat("x", 3)), list(it.islice(it.cycle("ab"), 5)))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
c = it.count()
print(next(c), next(c), c)
print(it.count(5, 0.5), it.repeat(1, 2))
try:
    list(it.islice([1], -1))
except ValueError as e:
    print(e)
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))
print(list(it.batched("abcdefg", 3)) if hasattr(it, "batched") else "no batched")
it2 = iter([1, 2])
print(next(it2), next(it2), next(it2, "done"))
try:
    next(it2)
except StopIteration as e:
    print("stop", repr(e))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20, 30])), list(filter(None, [0, 1, 2])))
print(dict(zip("abc", range(3))), list(enumerate(["x", "y"], start=5)))
print(list(zip(*[(1, 'a'), (2, 'b')])))
r = range(10, 0, -3)
print(r, list(r), len(r), r[1], r[-1], 4 in r, r.index(7), range(5)[1:3], reversed(range(3)).__class__.__name__)
