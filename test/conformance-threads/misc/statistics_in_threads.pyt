# test statistics used from threads: each worker summarises its slice, the main thread summarises the results
import statistics
import threading
from concurrent.futures import ThreadPoolExecutor

data = [(i * 37) % 101 + i / 8 for i in range(400)]
results = {}
lock = threading.Lock()


def summarise(k):
    part = data[k::4]
    summary = (statistics.mean(part), statistics.stdev(part), statistics.median(part), statistics.quantiles(part))
    with lock:
        results[k] = summary


threads = [threading.Thread(target=summarise, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, results[k])
print(statistics.mean(r[0] for r in results.values()), statistics.mean(data))
with ThreadPoolExecutor(max_workers=3) as pool:
    print(list(pool.map(statistics.pvariance, [data[:50], data[50:100], data[100:]])))
    print(list(pool.map(statistics.harmonic_mean, [[1, 2, 4], [40, 60], [2.5, 3.5]])))
