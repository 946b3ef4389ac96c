# test yield inside a generator expression is a SyntaxError
def f(xs):
    return list((yield x) for x in xs)
