# test tuples as records: sorting, comparisons, unpacking in loops, tuple-returning functions
people = [("bo", 25), ("ann", 31), ("cy", 25)]
for name, age in sorted(people, key=lambda p: (p[1], p[0])):
    print(f"{name:>4} {age}")
oldest = max(people, key=lambda p: p[1])
print(oldest, oldest[0], min(people))
point = (3, 4)
x, y = point
print((x ** 2 + y ** 2) ** 0.5, point * 2, point + (5,), (1, 2) < (1, 2, 3))
print(tuple(sorted((3, 1, 2))), len(()), (1, 2, 3)[::-1], (0,) * 3)
