# test yield as an unparenthesized call argument is invalid syntax
def f():
    print(yield)
