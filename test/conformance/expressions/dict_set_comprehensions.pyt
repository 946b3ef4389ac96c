# test dict and set comprehensions
print({k: v for k, v in [("a", 1), ("b", 2)]})
print({x: x ** 2 for x in range(5)})
print({x % 3 for x in range(10)})
words = ["apple", "bob", "cat", "apple"]
print({w: len(w) for w in words})
print({n: [m for m in range(n)] for n in range(3)})
print(sorted({c for c in "mississippi"}))
inverted = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inverted)
