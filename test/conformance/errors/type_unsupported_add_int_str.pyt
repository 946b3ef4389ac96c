# test TypeError for + between int and str inside an expression
def total(a, b):
    return a + b

print(total(1, 2))
print(total(1, "2"))
