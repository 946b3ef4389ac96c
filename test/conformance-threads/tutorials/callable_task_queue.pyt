# test worker pool executing callables from a queue, with sentinel shutdown
import threading, queue, math
tasks = queue.Queue()
results = queue.Queue()
def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        func, args, kwargs = item
        try:
            results.put((func.__name__, args, func(*args, **kwargs)))
        except Exception as exc:
            results.put((func.__name__, args, f"{type(exc).__name__}: {exc}"))
        finally:
            tasks.task_done()
workers = [threading.Thread(target=worker, daemon=True) for _ in range(3)]
for w in workers: w.start()
jobs = [(math.factorial, (5,), {}), (math.sqrt, (-1,), {}), (pow, (2, 10), {}), (max, ([3, 9, 2],), {"default": 0}),
        (sorted, ("banana",), {"reverse": True}), (int, ("ff",), {"base": 16}), (divmod, (7, 0), {})]
for j in jobs:
    tasks.put(j)
for _ in workers:
    tasks.put(None)
tasks.join()
out = []
while not results.empty():
    out.append(results.get_nowait())
for name, args, res in sorted(out, key=lambda r: (r[0], str(r[1]))):
    print(f"{name}{args} -> {res}")
print(math.pi, math.e, math.inf, math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18), math.comb(5, 2), math.floor(-2.5))
