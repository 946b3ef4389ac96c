def deco(f):
    def w(*a):
        return f(*a)
    return w
@deco
def bad(x):
    return x.missing
bad(3)
