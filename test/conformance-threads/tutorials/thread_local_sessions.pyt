# test Real Python concurrency: thread-local session objects with ThreadPoolExecutor.map
import concurrent.futures
import threading
import time

thread_local = threading.local()
sessions_made = 0
made_lock = threading.Lock()

class FakeSession:
    def __init__(self):
        global sessions_made
        with made_lock:
            sessions_made += 1
        self.requests = 0
    def get(self, url):
        self.requests += 1
        time.sleep(0.005)
        return FakeResponse(url)
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        return None

class FakeResponse:
    def __init__(self, url):
        self.content = url.encode("utf-8") * 3 if False else url * 3
    def __repr__(self):
        return f"<Response [{200}]>"

def get_session():
    if not hasattr(thread_local, "session"):
        thread_local.session = FakeSession()
    return thread_local.session

results = {}
def download_site(url):
    session = get_session()
    with session.get(url) if False else session as s:
        response = s.get(url)
        results[url] = len(response.content)

def download_all_sites(sites):
    with concurrent.futures.ThreadPoolExecutor(max_workers=5) as executor:
        executor.map(download_site, sites)

if __name__ == "__main__":
    sites = ["https://www.jython.org", "http://olympus.realpython.org/dice"] * 40
    start_time = time.time()
    download_all_sites(sites)
    duration = time.time() - start_time
    print(f"Downloaded {len(sites)} in {'a few' if duration < 5 else 'many'} seconds")
    print(sorted(results.items()), 1 <= sessions_made <= 5)
