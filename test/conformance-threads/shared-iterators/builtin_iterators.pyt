# test builtin iterators made by MainThread and stepped by other threads: enumerate, zip, map, filter, reversed, dict and set iterators, iter() with a sentinel
import threading

def drain(it, n):
    out = []
    lock = threading.Lock()
    def w():
        while True:
            try:
                x = next(it)
            except StopIteration:
                return
            with lock:
                out.append(x)
    ts = [threading.Thread(target=w) for _ in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return sorted(out)

print(drain(enumerate("abcdef"), 2))
print(drain(zip(range(5), "vwxyz"), 3))
print(drain(map(str.upper, ["a", "b", "c"]), 2))
print(drain(filter(lambda v: v % 3 == 0, range(20)), 2))
print(drain(reversed([1, 2, 3, 4]), 2))
print(drain(iter({"k1": 1, "k2": 2, "k3": 3}), 2))
print(drain(iter({"k1": 1, "k2": 2}.items()), 2))
print(drain(iter({10, 20, 30}), 2))
chunks = iter([1, 2, 3, 0, 4])
print(drain(iter(lambda: next(chunks), 0), 2))
