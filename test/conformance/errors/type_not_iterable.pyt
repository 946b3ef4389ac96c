# test TypeError when iterating over an int
for x in 10:
    print(x)
