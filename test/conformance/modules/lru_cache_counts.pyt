# test functools: lru_cache's counts and order, maxsize=0 never hashes the arguments (as CPython's)
import functools

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(300), fib.cache_info())

@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x

print([sq(i) for i in [1, 2, 1, 3, 2, 1]], sq.cache_info())

@functools.lru_cache(maxsize=0)
def z(x):
    return x

print(z([1]), z.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters())
try:
    sq([1])
except TypeError as e:
    print("TypeError:", e)
