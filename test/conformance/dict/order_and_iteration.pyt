# test dict insertion order, update keeps position, deleting and reinserting moves to end
d = {}
d["z"] = 1; d["a"] = 2; d["m"] = 3
print(d, list(d))
d["z"] = 100
print(d)
del d["z"]
d["z"] = 1
print(d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}")
print(len(d), "a" in d, 2 in d, 2 in d.values())
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({1: "a", 1.0: "b", True: "c"})
