# test list aliasing, copies, nested mutation, equality vs identity
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
a[0] = 100
a[1].append(4)
print(a, b, c, d)
print(a == b, a is b, c == d, c is d, c[1] is a[1])
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
def add_item(item, target=[]):
    target.append(item)
    return target
print(add_item(1), add_item(2))
