g = 1
def read():
    return g
def write():
    global g
    g = 2
print(read()); write(); print(read())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())
class A:
    x = 5
    y = [x * 2 for _ in range(2)] if False else 7
    def m(self):
        return x_global
x_global = "global"
print(A.x, A.y, A().m())
def unbound():
    print(v)
    v = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(e)
    z = 3
    return inner()
print(outer())
try:
    undefined_thing
except NameError as e:
    print(e)
