# test bounded concurrency with semaphore tracking max active
import threading, time
sem = threading.BoundedSemaphore(3)
active = 0
peak = 0
lk = threading.Lock()
def job(i):
    global active, peak
    with sem:
        with lk:
            active += 1
            peak = max(peak, active)
        time.sleep(0.01)
        with lk:
            active -= 1
ts = [threading.Thread(target=job, args=(i,)) for i in range(10)]
for t in ts: t.start()
for t in ts: t.join()
print(peak <= 3, active)
