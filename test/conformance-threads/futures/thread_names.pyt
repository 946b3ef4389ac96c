# test futures: thread names
from concurrent.futures import ThreadPoolExecutor
import threading
def name(_):
    return threading.current_thread().name
with ThreadPoolExecutor(max_workers=1) as ex:
    print(set(ex.map(name, range(5))))
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="fetcher") as ex:
    print(ex.submit(name, 0).result())
with ThreadPoolExecutor(max_workers=1) as ex:
    print(ex.submit(name, 0).result())
