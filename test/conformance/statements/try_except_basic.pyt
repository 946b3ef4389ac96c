# test try/except/else/finally ordering
def attempt(x):
    try:
        print("try", x)
        r = 10 // x
    except ZeroDivisionError:
        print("except")
        return "from except"
    else:
        print("else", r)
        return "from else"
    finally:
        print("finally")
print(attempt(2))
print(attempt(0))
try:
    pass
finally:
    print("finally without except")
