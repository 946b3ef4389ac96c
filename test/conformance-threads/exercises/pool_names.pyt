# test executor thread names
from concurrent.futures import ThreadPoolExecutor
import threading, os
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dl") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
with ThreadPoolExecutor(max_workers=1) as ex:
    n = ex.submit(lambda: threading.current_thread().name).result()
    print(n.startswith("ThreadPoolExecutor-"), n.endswith("_0"))
ex = ThreadPoolExecutor()
print(ex._max_workers == min(32, (os.cpu_count() or 1) + 4))
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print("ValueError:", e)
def init(x):
    threading.current_thread().tag = x
with ThreadPoolExecutor(1, initializer=init, initargs=("T",)) as ex:
    print(ex.submit(lambda: threading.current_thread().tag).result())
def badinit():
    raise ValueError("init failed")
from concurrent.futures.thread import BrokenThreadPool
with ThreadPoolExecutor(1, initializer=badinit) as ex:
    f = ex.submit(abs, -1)
    try:
        f.result()
    except BrokenThreadPool as e:
        print("BrokenThreadPool:", e)
