# test TypeError from comparing incompatible types in sorted
print(sorted([3, "two", 1]))
