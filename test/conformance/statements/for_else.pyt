# test for loops with break/continue/else and nested loops
for i in range(3):
    print(i)
else:
    print("done")
for i in range(10):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
for x in []:
    print("never")
else:
    print("empty else")
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
for ch in "hey":
    print(ch, end=" ")
print()
