# test while loops with break, continue and else
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print(n)
else:
    print("else runs when no break")
n = 0
while True:
    n += 1
    if n > 3:
        break
else:
    print("never")
print("stopped at", n)
while False:
    pass
else:
    print("else on zero iterations")
