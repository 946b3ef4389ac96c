# test range in loops: reversed, negative steps, stepping past the end, nested ranges, sum of ranges
for i in reversed(range(3)):
    print(i, end=" ")
print()
for i in range(10, -1, -5):
    print(i, end=" ")
print()
print(list(range(0, 7, 3)), list(range(-2, 3)), list(range(3, -3, -2)))
print([list(range(i)) for i in range(4)])
print(sum(range(1, 11)), sum(range(0, 100, 7)), len(range(-5, 5, 3)))
print(range(5)[-1], range(5)[1:3], range(0, 20, 5)[::-1], list(range(0, 20, 5)[1:]))
