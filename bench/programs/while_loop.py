# A 3-million-step while loop with integer arithmetic.
i = 0
total = 0
while i < 3_000_000:
    total += i * 3 % 7 - (i // 5)
    i += 1
print(total)
