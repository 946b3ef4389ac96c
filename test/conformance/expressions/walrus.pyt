# test the walrus operator in conditions and comprehensions
data = [1, 5, 12, 7]
if (n := len(data)) > 3:
    print("long list", n)
values = []
i = 0
while (i := i + 1) <= 3:
    values.append(i)
print(values)
print([y for x in data if (y := x * 2) > 10])
print(y)
