# test iterating manually with iter()/next() over lists, dicts, strings and ranges
for obj in [[1, 2], {"a": 1}, "xy", range(2), (9,)]:
    it = iter(obj)
    print(type(obj).__name__, next(it), next(it, "end"), next(it, "end"))
it = iter([1, 2, 3])
print(list(it), list(it))
print(iter(it) is it)
