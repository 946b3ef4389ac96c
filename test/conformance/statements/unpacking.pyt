# test tuple/list unpacking, nested, swap, for-loop targets
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
p, = [9]
print(p)
x, y, z = range(3)
print(x, y, z)
