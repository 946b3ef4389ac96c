# test iter() and next() with defaults, exhausted iterators, iter on dict views
it = iter([10, 20])
print(next(it), next(it), next(it, None), next(it, "default"))
d = {"a": 1, "b": 2}
keys = iter(d)
print(next(keys), next(iter(d.values())), next(iter(d.items())))
s = iter("hi")
print(next(s), next(s), next(s, "!"))
try:
    next(iter(()))
except StopIteration:
    print("StopIteration raised")
try:
    next([1, 2])
except TypeError as e:
    print(e)
