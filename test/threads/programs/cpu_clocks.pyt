# time.thread_time() counts this thread's CPU time only: a thread that sleeps uses almost none, one
# that computes uses some, never more than its wall time; process_time() counts every thread's.
import threading, time

results = {}

def sleeper():
    c, w = time.thread_time(), time.perf_counter()
    time.sleep(0.3)
    results["sleeper"] = (time.thread_time() - c, time.perf_counter() - w)

def worker():
    c, w = time.thread_time(), time.perf_counter()
    x = 0
    for i in range(300_000):
        x += i
    results["worker"] = (time.thread_time() - c, time.perf_counter() - w)

p = time.process_time()
ts = [threading.Thread(target=sleeper), threading.Thread(target=worker)]
for t in ts:
    t.start()
for t in ts:
    t.join()
cpu, wall = results["sleeper"]
print("sleeper: little CPU while it slept", cpu < 0.1 and wall >= 0.29)
cpu, wall = results["worker"]
print("worker: some CPU, at most its wall time", 0 < cpu <= wall + 0.01)
print("process: at least the worker's", time.process_time() - p >= results["worker"][0])
print(type(time.thread_time_ns()).__name__, type(time.process_time_ns()).__name__)
