# test len on every container, type() names, id() equality only
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(5)), len(""))
for v in [1, 1.0, "s", [], (), {}, set(), None, True, range(1), len, print]:
    print(type(v).__name__)
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), isinstance(id(a), int))
print(type(type).__name__, type(int).__name__, type(3) == int)
