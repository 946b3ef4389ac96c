# iteration builtins: enumerate, zip, map, filter, reversed, iter/next, sorted
print(list(enumerate("ab")), list(enumerate(["x", "y"], start=5)), list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(filter(None, [0, 1, "", "a"])), list(filter(lambda x: x % 2, range(6))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), type(it).__name__, type(iter(())).__name__, type(iter(range(2))).__name__, type(iter({1})).__name__)
e = enumerate("xy")
print(next(e), type(e).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__, type(reversed("a")).__name__)
calls = []
def f(x):
    calls.append(x)
    return x * 2
m = map(f, [1, 2, 3])
print(calls, next(m), calls)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
for bad in [lambda: next(iter([])), lambda: next([1]), lambda: iter(5), lambda: reversed(5), lambda: reversed({1}), lambda: list(zip(1, [2])), lambda: enumerate()]:
    try:
        bad()
    except (TypeError, StopIteration) as e:
        print(type(e).__name__, e)
