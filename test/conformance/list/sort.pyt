# test list.sort and sorted: key, reverse, stability, mixed-type error
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0]
nums.sort(); print(nums)
nums.sort(key=abs); print(nums)
nums.sort(reverse=True); print(nums)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3.5, 1, True, 2]), sorted([]), sorted("cab"), sorted({3: 0, 1: 0}))
print(nums.sort() is None)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(e)
