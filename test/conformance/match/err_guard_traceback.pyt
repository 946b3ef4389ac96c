# test the traceback of an exception raised in a guard and of a class pattern error
def check(v):
    match v:
        case [x, y] if x / y > 1:
            return "big"
        case _:
            return "small"

print(check([4, 2]))
print(check([1, 0]))
