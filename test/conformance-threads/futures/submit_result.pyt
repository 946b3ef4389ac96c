# test futures: submit result
from concurrent.futures import ThreadPoolExecutor
import time
def slow_add(a, b):
    time.sleep(0.01)
    return a + b
with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(slow_add, i, i) for i in range(5)]
    print([f.result() for f in futures])
    print(all(f.done() for f in futures))
