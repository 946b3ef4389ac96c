# test errors: a parameter without default after one with a default, and no ':' after the list: CPython names the parameter
def f(a=1, b)
    pass
