# Dict counting over 1 million keys.
counts = {}
for i in range(1_000_000):
    key = (i * 7919) % 10007
    counts[key] = counts.get(key, 0) + 1
print(len(counts), counts[0], counts[10006], sum(counts.values()))
