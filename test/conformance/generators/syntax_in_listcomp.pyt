# test yield inside a list comprehension is a SyntaxError
def f(xs):
    return [(yield x) for x in xs]
