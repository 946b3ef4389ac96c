# test exceptions caught in threads and stored in a shared list keep type, args, repr and traceback in MainThread
import threading
errors = []
lock = threading.Lock()
def w(n):
    try:
        if n == 2:
            raise ValueError(f"bad input {n}")
        return 10 / (n - 1)
    except Exception as e:
        with lock:
            errors.append(e)
ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
for e in sorted(errors, key=lambda e: type(e).__name__):
    print(type(e).__name__, e, repr(e), e.args)
raise sorted(errors, key=lambda e: type(e).__name__)[1]
