# test loop variables remain bound after the loop; range object reuse
for i in range(4):
    pass
print(i)
r = range(2)
for a in r:
    for b in r:
        print(a, b)
