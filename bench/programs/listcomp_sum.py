# Build a 1-million-element list with a comprehension, then sum it.
squares = [x * x for x in range(1_000_000)]
print(len(squares), sum(squares))
