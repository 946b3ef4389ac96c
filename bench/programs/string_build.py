# String building with f-strings and join over 200k items.
parts = [f"item-{i}:{i * 2}" for i in range(200_000)]
text = ", ".join(parts)
print(len(text), text[:40], text[-20:])
