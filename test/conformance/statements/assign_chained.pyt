# test chained assignment and shared references
a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
i = j = 5
i += 1
print(i, j)
