# test semaphore: limit concurrency
import threading, time
sem = threading.Semaphore(2)
lock = threading.Lock()
active = [0]
peak = [0]
def worker():
    with sem:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        with lock:
            pass
        both = threading.Event() if False else None
        t0 = time.monotonic()
        while peak[0] < 2 and time.monotonic() - t0 < 2:
            time.sleep(0.005)
        with lock:
            active[0] -= 1
ts = [threading.Thread(target=worker) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("peak:", peak[0], "active:", active[0])
