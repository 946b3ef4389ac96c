# test zip of unequal lengths and many iterables, enumerate with start, unzipping
print(list(zip([1, 2, 3], "ab")))
print(list(zip()), list(zip([1])), list(zip([], [1])))
print(list(zip(range(3), "xyz", [True, False, None])))
pairs = [("a", 1), ("b", 2)]
letters, numbers = zip(*pairs)
print(letters, numbers)
print(dict(zip(["k1", "k2"], [10, 20])))
print(list(enumerate("abc")), list(enumerate("abc", start=1)), list(enumerate([], 5)))
for i, (x, y) in enumerate(zip("ab", "cd"), 10):
    print(i, x, y)
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
e = enumerate(["x"])
print(type(e).__name__, type(z).__name__, next(e))
