# test futures: wait first completed
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED
import threading
gate = threading.Event()
def fast():
    return "fast"
def slow():
    gate.wait()
    return "slow"
with ThreadPoolExecutor(2) as ex:
    f1 = ex.submit(slow)
    f2 = ex.submit(fast)
    done, not_done = wait([f1, f2], return_when=FIRST_COMPLETED)
    print([f.result() for f in done], len(not_done))
    gate.set()
print(f1.result())
