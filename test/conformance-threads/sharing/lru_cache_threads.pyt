# test sharing: functools.lru_cache and cache stay coherent when threads call the function at once (CPython: 'The cache is threadsafe'): exact hit and miss counts, no KeyError
import threading, functools
calls = [0]
@functools.lru_cache(maxsize=64)
def f(n):
    calls[0] += 0
    return n * n
start = threading.Barrier(4)
bad = []
def w(k):
    start.wait()
    for i in range(3000):
        x = (i * 7 + k) % 200
        if f(x) != x * x:
            bad.append(x)
ts = [threading.Thread(target=w, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
info = f.cache_info()
print(bad[:5], info.hits + info.misses, info.maxsize, info.currsize <= 64)
@functools.cache
def g(n): return n + 1
def w2(k):
    for i in range(2000): g(i % 300)
ts = [threading.Thread(target=w2, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(g.cache_info().currsize, g.cache_info().hits + g.cache_info().misses)
