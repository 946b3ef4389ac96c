# test map, filter (including None), reversed on lists, strings, ranges, dicts; laziness
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(lambda x: x % 2, range(7))), list(filter(None, [0, 1, "", "a", None, [1]])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})))
m = map(int, ["1", "2"])
print(type(m).__name__, next(m), list(m), list(m))
calls = []
lazy = map(lambda v: calls.append(v) or v, [1, 2])
print(calls)
list(lazy)
print(calls)
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
