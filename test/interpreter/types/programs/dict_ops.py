# dict: order, methods, views, key equivalence, errors
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("d", 4), d.setdefault("a", 9))
print(d.pop("d"), d.pop("zz", "dflt"), d.popitem(), d)
k = d.keys(); v = d.values(); it = d.items()
d["e"] = 5
print(k, v, it, len(k), "a" in k, 5 in v, ("e", 5) in it, ("e", 6) in it)
print(list(reversed(d)), list(reversed(d.items())))
print(k & {"a", "x"}, sorted(k | {"z"}), sorted(k - {"a"}), k == {"a", "b", "e"})
m = {1: "int"}
m[1.0] = "float"; m[True] = "bool"
print(m, {1: 1} == {1.0: 1}, {0: "a", False: "b"})
u = {}
u.update({"x": 1}); u.update([("y", 2)]); u.update(z=3); u.update({"w": 0}, x=10)
print(u, u | {"q": 1}, {"q": 1} | u)
u |= {"y": 20}
print(u, dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3))
print(u.copy() == u, u.copy() is u, dict(), {}.get(1))
u.clear(); print(u)
for bad in [lambda: {}["k"], lambda: {}.pop("k"), lambda: {}.popitem(), lambda: {[1]: 2}, lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: {(1, 2): 0}[(1, 3)]]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, repr(e), e)
try:
    for key in d:
        d["new" + key] = 1
except RuntimeError as e:
    print(e)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
dk = {K(1): "one"}
print(dk[K(1)], K(2) in dk)
r = {}; r["self"] = r; print(r)
nested = {"x": [1, {"y": (2, 3)}]}
print(nested, str(nested), repr({"q": "it's"}))
