# test hunt: functools: reduce/partial argument errors as the C functions', lru_cache typed/cache_parameters, wraps, nested partial, cmp_to_key, total_ordering from __gt__, cache
import functools
for bad in [lambda: functools.reduce(lambda a, b: a, 5), lambda: functools.reduce(1, [1, 2]), lambda: functools.partial(),
            lambda: functools.partial(5), lambda: functools.lru_cache(maxsize="x"), lambda: functools.total_ordering(type("X", (), {})),
            lambda: functools.cmp_to_key(None)(1) < functools.cmp_to_key(None)(2), lambda: functools.reduce()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
@functools.lru_cache(maxsize=2, typed=True)
def sq(x):
    return x * x
print(sq(2), sq(2.0), sq.cache_info(), sq.cache_parameters(), sq.__wrapped__(3), sq.__name__)
def outer():
    @functools.wraps(outer)
    def inner(*a):
        return a
    return inner
i = outer()
print(i.__name__, i.__qualname__, i.__wrapped__ is outer, i.__module__, i.__doc__)
p = functools.partial(functools.partial(print, 1), 2, sep="-")
p(3)
print(p.args, p.keywords, p.func is print, repr(p).startswith("functools.partial(<built-in function print>"))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(V(1) < V(2), V(2) <= V(2), V(3) >= V(4), V.__lt__.__name__)
@functools.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info().currsize)
print(functools.reduce(lambda acc, x: {**acc, x: len(x)}, ["a", "bb"], {}))
print(functools.reduce(max, [1], 0, 4) if False else 0)
try:
    functools.reduce(max, [1], 0, 4)
except TypeError as e:
    print(e)
print(functools.reduce(lambda a, b: a + b, [1, 2, 3], 10), functools.partial(print, func=1).keywords)
