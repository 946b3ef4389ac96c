# test excepthook: collect errors
import threading
errors = []
lock = threading.Lock()
def hook(args):
    with lock:
        errors.append((args.thread.name, str(args.exc_value)))
threading.excepthook = hook
def work(n):
    if n % 2:
        raise RuntimeError(f"odd {n}")
ts = [threading.Thread(target=work, args=(i,), name=f"T{i}") for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(errors))
