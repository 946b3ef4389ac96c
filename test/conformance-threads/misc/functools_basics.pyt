# test functools: partial, reduce, wraps, lru_cache/cache with cache_info, total_ordering, cmp_to_key (and partial targets in threads)
import functools
from functools import partial, reduce, wraps, lru_cache, total_ordering, cmp_to_key, cache
import threading
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
print(square(5), partial(power, 2)(10), square.func.__name__, square.args, square.keywords)
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1))
try:
    reduce(max, [])
except TypeError as e:
    print("TypeError:", e)
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@lru_cache
def sq(x):
    return x * x
print(sq(3), sq(3), sq(4), sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@cache
def double(x):
    return 2 * x
print(double(4), double.cache_info().hits)
@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(Version(1) <= Version(2), Version(3) > Version(2), Version(2) >= Version(2), sorted([Version(3), Version(1)])[0].n)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
results = []
lock = threading.Lock()
def worker(fn, x):
    with lock:
        results.append(fn(x))
ts = [threading.Thread(target=worker, args=(partial(power, exp=3), i)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results))
t = threading.Thread(target=partial(print, "from partial thread", end="!\n")); t.start(); t.join()
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
