# test sum with start and floats; any/all on empty and mixed iterables
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([], 5), sum(range(5), start=100))
print(sum([0.1, 0.2, 0.3]), sum([1, 2.5]), sum([[1], [2]], []), sum([True, True]))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 2 for x in [1, 2, 3]), all(isinstance(x, int) for x in [1, 2, "3"]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
