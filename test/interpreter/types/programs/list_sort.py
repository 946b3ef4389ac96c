# list.sort / sorted: stability, key, reverse, mixed-type errors
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0]); print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True); print(pairs)
nums = [5, 3.5, 1, -2, 10 ** 20, 0.1]
nums.sort(); print(nums)
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted([]), sorted([3, 1, 2], reverse=True))
big = [(i * 7919) % 101 for i in range(100)]
print(sorted(big) == sorted(big, key=lambda v: v), sorted(big)[:10], sorted(big, reverse=True)[:5])
for bad in [[1, "a"], ["a", 1], [1, 2, "x", 3], [None, 1]]:
    try:
        sorted(bad)
    except TypeError as e:
        print(e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(e)
class P:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"P({self.v})"
print(sorted([P(3), P(1), P(2)]), max([P(3), P(1)], key=lambda p: p.v))
