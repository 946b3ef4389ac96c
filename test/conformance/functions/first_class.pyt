# test functions as values: passing, returning, storing in dicts, attributes
def apply(f, *args):
    return f(*args)
def add(a, b):
    return a + b
ops = {"add": add, "mul": lambda a, b: a * b, "max": max}
for name, op in ops.items():
    print(name, apply(op, 3, 4))
print(add.__name__, callable(add), callable(3))
print(list(map(add, [1, 2], [10, 20])))
def compose(f, g):
    return lambda x: f(g(x))
print(compose(str.upper, str.strip)("  hi  "))
print(repr(add)[:13])
