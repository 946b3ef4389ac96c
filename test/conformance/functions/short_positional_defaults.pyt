# test positional calls that leave trailing parameters to their defaults (functions and methods), and their errors
def f(a, b=2, c=[]):
    c.append(a)
    return a, b, len(c)
print(f(1), f(1, 5), f(2, 6, [0]))
def g(a, b=3, *, k=4):
    return a, b, k
print(g(1), g(1, 2))
def h(a, b=1, *args):
    return a, b, args
print(h(0), h(0, 1, 2))
def m(a, b):
    return a + b
try:
    m(1)
except TypeError as e:
    print(e)
def n(a, b, c=1):
    return a, b, c
try:
    n(1)
except TypeError as e:
    print(e)
try:
    n()
except TypeError as e:
    print(e)
print(n(1, 2))
class C:
    def meth(self, x=10, y=20):
        return x, y
    def one(self, x, y=5):
        return x, y
    def need(self, x, y, z=1):
        return x, y, z
c = C()
print(c.meth(), c.meth(1), c.meth(1, 2), c.one(3))
try:
    c.need(1)
except TypeError as e:
    print(e)
try:
    C().one()
except TypeError as e:
    print(e)
def late(a, b=len("abc")):
    return b
print(late(0))
def rec(n, acc=0):
    return acc if n == 0 else rec(n - 1, acc + n)
print(rec(50))
def three(a, b, c, d=4, e=5):
    return a, b, c, d, e
print(three(1, 2, 3), three(1, 2, 3, 0))
def cellp(a, b=7):
    return lambda: a + b
print(cellp(1)())
print(cellp(1, 2)())
class D:
    def two(self, x, y):
        return x - y
    def more(self, x, y, z=3, w=4):
        return x, y, z, w
    def strict(self, x, y, z):
        return z
d = D()
print(d.two(5, 2), d.more(1, 2), d.more(1, 2, 0))
try:
    d.strict(1, 2)
except TypeError as e:
    print(e)
try:
    d.two(1, 2, 3)
except TypeError as e:
    print(e)
