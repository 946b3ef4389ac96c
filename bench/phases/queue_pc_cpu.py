# queue_pc (bench/programs/queue_pc.py) with where its CPU time goes: the workload's wall time, the whole
# process's CPU time over it (every thread of the process: under pyt also V8's compiler and GC threads
# and the host's), and each Python thread's own CPU time (time.thread_time). Under pyt the four threads
# use ~100 ms of CPU, the process ~240 ms: each worker's isolate compiles the same hot interpreter code
# with V8's optimizing compiler on its own, on background threads that share the two cores with them.
#   for i in 1 2 3; do bin/pyt.js bench/phases/queue_pc_cpu.py; python3 bench/phases/queue_pc_cpu.py; done
import time as _time
_t0 = _time.perf_counter()
_c0 = _time.process_time()
import queue
import threading

N = 100_000
q = queue.Queue(maxsize=1000)
totals = [0, 0]
cpu = {}

def producer(start):
    c = _time.thread_time()
    for i in range(start, N, 2):
        q.put(i)
    cpu["producer%d" % start] = _time.thread_time() - c

def consumer(k):
    c = _time.thread_time()
    s = 0
    while True:
        item = q.get()
        if item is None:
            break
        s += item
    totals[k] = s
    cpu["consumer%d" % k] = _time.thread_time() - c

ps = [threading.Thread(target=producer, args=(i,)) for i in range(2)]
cs = [threading.Thread(target=consumer, args=(i,)) for i in range(2)]
for t in cs + ps:
    t.start()
for t in ps:
    t.join()
q.put(None)
q.put(None)
for t in cs:
    t.join()
wall = _time.perf_counter() - _t0
threads = " ".join("%s %.0f" % (k, v * 1000) for k, v in sorted(cpu.items()))
print("wall %.0f ms | process CPU %.0f ms | threads' CPU %.0f ms: %s" % (
    wall * 1000, (_time.process_time() - _c0) * 1000, sum(cpu.values()) * 1000, threads))
