# d[k], d[k] = v and d[k] += v on an exact dict skip the slot calls; subclasses keep __missing__,
# __getitem__ and __setitem__, and errors keep CPython's wording and position.
d = {"a": 1, None: None, 2: "two", (1, 2): "tuple"}
d["b"] = 2
d["a"] += 10
d[2] += "!"
print(d["a"], d[None], d[2], d[(1, 2)], d["b"], d[2.0], d[True] if True in d else "-", d)
class Counter(dict):
    def __missing__(self, k): return 0
class Loud(dict):
    def __getitem__(self, k): return ("get", k)
    def __setitem__(self, k, v): print("set", k, v); super().__setitem__(k, v)
c = Counter()
c["x"] += 1
c["x"] += 1
print(c, c["nope"])
l = Loud(a=1)
l["b"] = 5
print(l["a"])
try:
    l["a"] += 1
except TypeError as e:
    print("TypeError:", e)
for bad in (lambda: d["missing"], lambda: d[[1]], lambda: d.__setitem__([1], 0)):
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
def aug_missing():
    d["nope"] += 1
try:
    aug_missing()
except KeyError as e:
    print("KeyError:", e)
d[[1, 2]] = 3
