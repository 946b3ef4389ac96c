# test starred assignment targets
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, *mid, b = range(5)
print(a, mid, b)
a, *mid, b = (1, 2)
print(a, mid, b)
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
