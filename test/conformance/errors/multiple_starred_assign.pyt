# test two starred targets in one assignment are a SyntaxError before anything runs
print("never")
for x in [1]:
    a, *b, *c = 1, 2, 3
