# test assigning to a yield expression
def f():
    x = yield = 3
