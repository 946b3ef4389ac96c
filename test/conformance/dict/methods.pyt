# test dict methods: get, setdefault, pop, popitem, update, keys/values/items, copy, clear, fromkeys
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("zz", "default"), d)
d.update({"x": 10}, y=20); d.update([("z", 30)]); print(d)
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
e = d.copy(); e["new"] = 1; print(d, e)
print(dict.fromkeys(["p", "q"]), dict.fromkeys("ab", 0))
e.clear(); print(e, len(e))
print(dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict())
print(d | {"w": 0}, {**d, "a": "over"})
