# test repr of nested containers with quotes, escapes and mixed types
data = {"name": "O'Brien", "tags": ["a", 'b"c'], "n": (1, 2.0, None, True), "empty": {}}
print(data)
print(repr(data))
print([["nested", ["deeper", ("t",)]], {"k": {"k2": [1]}}])
print(["line\nbreak", "tab\there", "back\\slash"])
print({1: "one", 2.5: "two-and-half", (1, 2): "tuple key", None: "none"})
print([[], {}, (), set(), ""])
print(str(["x"]), repr(["x"]))
nested = [1]
nested.append(nested)
print(nested)
d = {}
d["self"] = d
print(d)
