# test list comprehensions: filters, nesting, multiple for clauses
print([x * 2 for x in range(5)])
print([x for x in range(10) if x % 3 == 0])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(3)] for i in range(3)])
matrix = [[1, 2], [3, 4], [5, 6]]
print([v for row in matrix for v in row])
print([c.upper() for c in "abc"])
print([n if n > 0 else 0 for n in [-1, 2, -3]])
x = "outer"
print([x for x in "ab"], x)
print([])
