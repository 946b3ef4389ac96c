# test and/or return operands and short-circuit
print(0 or "default", "" or [] or None, 3 or 4)
print(0 and 5, 1 and 5, [] and "x")
def side(v):
    print("side", v)
    return v
print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(0) or side(3))
name = ""
print(name or "anonymous")
print(not [], not [0], not None)
