# test queue: get timeout
import queue, time
q = queue.Queue()
t0 = time.monotonic()
try:
    q.get(timeout=0.1)
except queue.Empty:
    print("timed out", time.monotonic() - t0 >= 0.09)
