# test an uncaught exception in MainThread: its traceback first, then the pool's pending work still runs
from concurrent.futures import ThreadPoolExecutor
import time
def slow(n):
    time.sleep(0.05)
    print("finished", n, flush=True)
pool = ThreadPoolExecutor(max_workers=1)
pool.submit(slow, 1)
pool.submit(slow, 2)
raise ValueError("main failed")
