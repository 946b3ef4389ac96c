# test hunt: reduce, lru_cache.cache_info, partial, total_ordering, wraps, decorators with arguments, closures
from functools import reduce, lru_cache, partial, total_ordering, singledispatch, cached_property, wraps, cache
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    return x * x
for v in [1, 2, 1, 3, 1, 2]:
    sq(v)
print(sq.cache_info())
@cache
def c(x): return x
c(1); c(1)
print(c.cache_info())
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
print(square(7), repr(square).split(" at ")[0], partial(print, sep="-"))
print(square.func is power, square.args, square.keywords)
@total_ordering
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o): return self.p == o.p
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return "Ver" + repr(self.p)
print(Ver(1, 2) <= Ver(1, 3), Ver(2) >= Ver(1, 9), Ver(1) > Ver(1), max(Ver(1), Ver(3, 1), Ver(2)))
@singledispatch
def show(x):
    return f"obj {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return "list " + ", ".join(map(show, x))
print(show(1), show("s"), show([1, "a", True]), show(2.5))
class Data:
    def __init__(self, n): self.n = n
    @cached_property
    def total(self):
        print("computing")
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, d.__dict__)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner
@deco
def hello(name):
    """Say hello."""
    return "hi " + name
print(hello.__name__, hello.__doc__, hello("x"), hello.__wrapped__.__name__)
def repeat(n):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(n)]
        return wrapper
    return decorator
@repeat(3)
def one(): return 1
print(one(), one.__name__)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
f = counter()
f(); f()
print(f(), f.__closure__[0].cell_contents)
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
late = [lambda: i for i in range(3)]
print([l() for l in late])
