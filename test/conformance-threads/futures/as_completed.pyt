# test futures: as completed
from concurrent.futures import ThreadPoolExecutor, as_completed
import time
def task(n):
    time.sleep(0.01 * (5 - n))
    return n * 10
with ThreadPoolExecutor(max_workers=5) as ex:
    futures = {ex.submit(task, n): n for n in range(5)}
    results = []
    for f in as_completed(futures):
        results.append((futures[f], f.result()))
print(sorted(results))
