# test multiprocessing.dummy: "parallelism in one line", Pool(4).map keeps the input's order
from multiprocessing.dummy import Pool as ThreadPool
import time

urls = ["http://a.example", "http://bb.example", "http://ccc.example", "http://d.example",
        "http://eeeee.example", "http://ff.example"]


def fetch(url):
    time.sleep(0.01 * (7 - len(url) % 7))  # later ones may finish first
    return url.upper(), len(url)


pool = ThreadPool(4)
results = pool.map(fetch, urls)
pool.close()
pool.join()
for r in results:
    print(r)
