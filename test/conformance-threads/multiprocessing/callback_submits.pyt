# test multiprocessing.pool: a callback may submit more work to its pool (a crawler's "follow the links" loop)
from multiprocessing.pool import ThreadPool
import threading

links = {"/": ["/a", "/b"], "/a": ["/c"], "/b": ["/c", "/d"], "/c": [], "/d": ["/"]}
seen = {"/"}
pending = [1]
finished = threading.Event()
pool = ThreadPool(3)


def fetch(page):
    return page, links[page]


def on_page(result):
    page, found = result
    for link in found:
        if link not in seen:
            seen.add(link)
            pending[0] += 1
            pool.apply_async(fetch, (link,), callback=on_page)
    pending[0] -= 1
    if pending[0] == 0:
        finished.set()


pool.apply_async(fetch, ("/",), callback=on_page)
finished.wait(10)
pool.close()
pool.join()
print(sorted(seen), pending)
