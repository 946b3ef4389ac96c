# test hunt: itertools reprs, groupby invalidation, tee, argument errors
import itertools as it
g = it.groupby("aabbbc")
k1, grp1 = next(g)
k2, grp2 = next(g)
print(k1, list(grp1), k2, list(grp2), [(k, list(v)) for k, v in g])
groups = [(k, v) for k, v in it.groupby([1, 1, 2])]
print([(k, list(v)) for k, v in groups])
print(repr(it.count(1.5)), repr(it.count(2, -1)), repr(it.repeat("a")), repr(it.repeat("a", 2)), repr(it.count(0, 1)))
c = it.count(1.5, 0.5); next(c); print(c)
print(list(it.combinations(range(3), 5)), list(it.permutations("ab")), list(it.product()), list(it.product([])), list(it.zip_longest()))
print(list(it.accumulate([])), list(it.accumulate([], initial=5)), list(it.cycle([])), list(it.chain()), list(it.islice("abc", None)))
for bad in [lambda: it.islice("abc", "x"), lambda: it.islice("abc", 1, 2, 0), lambda: it.islice("abc", -1, 2), lambda: it.combinations("ab", -1),
            lambda: it.count("a"), lambda: it.repeat(), lambda: list(it.chain(1, 2)), lambda: it.permutations("ab", -2), lambda: it.product("a", repeat=-1),
            lambda: list(it.starmap(pow, [1])), lambda: it.tee([], -1), lambda: list(it.compress("ab", 1)), lambda: it.groupby(), lambda: list(it.pairwise(1)),
            lambda: next(it.chain.from_iterable([1])), lambda: it.accumulate(), lambda: list(it.zip_longest([1], 2))]:
    try:
        r = bad()
        print("ok", r if not hasattr(r, "__next__") else type(r).__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a, b, c2 = it.tee(iter(range(3)), 3)
print(next(a), list(b), list(a), list(c2), type(a).__name__)
t1, t2 = it.tee("xy")
t3 = t1.__copy__() if hasattr(t1, "__copy__") else None
print(list(t1), list(t2), list(t3) if t3 is not None else None)
print(type(it.chain()).__name__, type(it.islice([], 1)).__name__, type(it.groupby([])).__name__, it.chain.__name__)
print(list(it.islice(it.count(), 0, 20, 7)), list(it.filterfalse(lambda x: x % 3, range(10))), list(it.dropwhile(lambda x: x, [1, 0, 1])))
print(list(it.product("ab", [0, 1], repeat=1)), len(list(it.product(range(3), repeat=3))), list(it.combinations_with_replacement([1, 2, 3], 2))[:4])
z = it.zip_longest("abc", "d", fillvalue=None)
print(next(z), list(z))
print(list(it.accumulate([1, 2, 3], lambda a, b: a * 10 + b)), list(it.accumulate("abc")))
print([list(g) for _, g in it.groupby(sorted("mississippi"))], [k for k, _ in it.groupby([1, 1.0, True, 2])])
