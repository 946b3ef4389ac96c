# test min/max with key, default, multiple args, empty-sequence errors; sorted of various iterables
print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max("a", "bb", key=len))
print(min([], default="none"), max([], default=0), max([5], default=0))
print(min(["bb", "a", "ccc"], key=len), max({"x": 3, "y": 9}, key=lambda k: {"x": 3, "y": 9}[k]))
print(max([1, 3, 3, 2], key=lambda v: v), max([(1, "b"), (1, "a")]), min("hello"))
print(max([2, 1, 2], key=lambda v: -v), min([-1, 1], key=abs), max([-1, 1], key=abs))
print(sorted([3, 1, 2], reverse=True), sorted((2, 1)), sorted({"b": 1, "a": 2}.items()))
try:
    min([])
except ValueError as e:
    print(e)
try:
    max([])
except ValueError as e:
    print(e)
try:
    max()
except TypeError as e:
    print(e)
try:
    max(1)
except TypeError as e:
    print(e)
