items = [1, 2, 3]
total = sum(
    item * factor
    for item in items
)
