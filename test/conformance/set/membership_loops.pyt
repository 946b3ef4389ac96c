# test sets of small ints in loops: dedup, seen-set pattern, set comprehension, len, sorted output
nums = [5, 3, 5, 1, 3, 9, 1]
seen = set()
unique = []
for n in nums:
    if n not in seen:
        seen.add(n)
        unique.append(n)
print(unique, len(seen), sorted(seen))
evens = {n for n in range(10) if n % 2 == 0}
print(evens, 4 in evens, 5 in evens)
print(set([3, 1, 2]) == {1, 2, 3}, {1, 2} | {2, 3} == {1, 2, 3})
print(sorted({7, 3} ^ {3, 4}), len(set()), bool({0}))
