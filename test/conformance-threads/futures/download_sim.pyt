# test futures: download sim
import concurrent.futures, time
URLS = ["a.com", "b.org", "c.net", "d.io"]
def fetch(url):
    time.sleep(0.01 * len(url))
    return url, len(url) * 100
with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
    future_to_url = {pool.submit(fetch, u): u for u in URLS}
    sizes = {}
    for fut in concurrent.futures.as_completed(future_to_url):
        url = future_to_url[fut]
        sizes[url] = fut.result()[1]
for u in URLS:
    print(u, sizes[u])
