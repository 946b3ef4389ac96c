def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted_items(kw))
def sorted_items(kw):
    return [(k, kw[k]) for k in kw]
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
def pos(a, b, /, c):
    return a + b + c
print(pos(1, 2, c=3), pos(1, 2, 3))
args = [1, 2]
kw = {"c": 3}
print(pos(*args, **kw))
tests = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, c=1, a=2),
    lambda: pos(1, b=2, c=3),
    lambda: pos(1, 2, 3, 4),
    lambda: (lambda x, y: 0)(1),
    lambda: (lambda x, y, z: 0)(),
    lambda: (lambda: 0)(1),
    lambda: (lambda x=1: 0)(1, 2),
    lambda: (lambda *, k: 0)(),
    lambda: f(1, 2, c=3, zz=1, **{"zz": 2}),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def add(x, y):
    """adds"""
    return x + y
print(add(2, 3), add.__name__, add.__qualname__)
def defaults(x, acc=[]):
    acc.append(x)
    return acc
print(defaults(1), defaults(2))
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(20), rec(30))
square = lambda v: v * v
print(square(9), (lambda *a: len(a))(1, 2, 3))
def gen_sum(n):
    return sum(i * i for i in range(n))
print(gen_sum(10), [x for x in range(20) if x % 3 == 0 if x % 2 == 0], {k: k * 2 for k in range(3)}, [(i, j) for i in range(2) for j in range(i + 1)])
