# test hand-rolled worker pool with result queue and error propagation
import threading, queue, traceback, sys
tasks = queue.Queue()
results = queue.Queue()
def worker():
    while True:
        job = tasks.get()
        if job is None:
            tasks.task_done()
            return
        fn, arg = job
        try:
            results.put((arg, fn(arg), None))
        except Exception as e:
            results.put((arg, None, e))
        finally:
            tasks.task_done()
def risky(x):
    if x % 4 == 3:
        raise ValueError(f"{x} is unlucky")
    return x * 2
ws = [threading.Thread(target=worker, daemon=True) for _ in range(3)]
for w in ws: w.start()
for i in range(10): tasks.put((risky, i))
tasks.join()
items = sorted([results.get() for _ in range(10)], key=lambda r: r[0])
for a, r, e in items:
    print(a, r, repr(e))
err = items[3][2]
traceback.print_exception(type(err), err, err.__traceback__)
print("".join(traceback.format_exception_only(type(err), err)), end="")
for _ in ws: tasks.put(None)
for w in ws: w.join()
