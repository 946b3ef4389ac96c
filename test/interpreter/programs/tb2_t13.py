nums = [3, 0, 2]
print([10 // n for n in nums])
