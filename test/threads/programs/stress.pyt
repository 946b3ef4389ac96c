# 4 threads for DURATION seconds: append to a shared list, set and delete dict keys, overwrite shared
# globals with new strings and floats, and read them all back. Prints figures to stderr.
import sys
import time
import _thread
from threading import Thread, Lock

DURATION = float(sys.argv[1]) if len(sys.argv) > 1 else 3.0
shared = []
d = {}
g = "init"
gf = 0.5
counts = [0, 0, 0, 0]
bad = [0, 0, 0, 0]
reads = [0, 0, 0, 0]
js = [None] * 4  # each thread's worker: JS heap in use (after a full GC) at its start and at its end

def valid_str(v, prefix):
    if not isinstance(v, str) or not v.startswith(prefix):
        return False
    tid, _, n = v[1:].partition("-")
    return tid in ("0", "1", "2", "3") and n.isdigit()

def worker(tid):
    global g, gf
    n = 0
    nbad = 0
    nreads = 0
    js_start = _thread._heap_stats()[3]
    end = time.monotonic() + DURATION
    while time.monotonic() < end:
        for _ in range(100):
            n += 1
            shared.append(n)
            key = "k%d-%d" % (tid, n % 64)
            d[key] = "v%d-%d" % (tid, n)
            if n % 3 == 0:
                d.pop("k%d-%d" % (tid, (n * 7) % 64), None)
            g = "s%d-%d" % (tid, n)
            gf = tid * 10000000.0 + n + 0.5
            s = g
            f = gf
            if s != "init" and not valid_str(s, "s"):
                nbad += 1
            if f % 1.0 != 0.5:
                nbad += 1
            v = d.get("k%d-%d" % ((tid + 1) % 4, n % 64))
            if v is not None and not valid_str(v, "v"):
                nbad += 1
            x = shared[-1]
            if not isinstance(x, int):
                nbad += 1
            nreads += 4
    counts[tid] = n
    bad[tid] = nbad
    reads[tid] = nreads
    js[tid] = (js_start, _thread._heap_stats()[3])

def warm():
    pass

t = Thread(target=warm)
t.start()
t.join()
before = _thread._heap_stats()

threads = [Thread(target=worker, args=(i,)) for i in range(4)]
t0 = time.monotonic()
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.monotonic() - t0
total = sum(counts)
during = _thread._heap_stats()
print("list exact:", len(shared) == total)
print("bad reads:", sum(bad))
print("dict values ok:", all(valid_str(v, "v") for v in d.values()))
print("globals ok:", valid_str(g, "s"), gf % 1.0 == 0.5)
shared.clear()
d.clear()
g = "end"
gf = 1.5
after = _thread._heap_stats()
print("appends %d, reads %d, %.1f s; heap in use before %d B, at end %d B, after clearing %d B (reserved %d B)" % (
    total, sum(reads), elapsed, before[0], during[0], after[0], after[1]), file=sys.stderr)
print("heap back near start:", after[0] - before[0] < 256 * 1024)
# The process's JS heaps (one per worker), each after a full collection: MainThread's before the threads
# and after clearing; each stress thread's at its start and at its end.
print("JS heaps: MainThread %d B before, %d B after clearing; threads %s" % (
    before[3], after[3], ", ".join("%d -> %d B" % j for j in js)), file=sys.stderr)
print("JS heaps back near start:", after[3] - before[3] < 4 * 1024 * 1024 and all(b - a < 4 * 1024 * 1024 for a, b in js))
