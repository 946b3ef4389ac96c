# test futures: map timeout
from concurrent.futures import ThreadPoolExecutor, TimeoutError
import threading
gate = threading.Event()
with ThreadPoolExecutor(1) as ex:
    it = ex.map(lambda x: gate.wait() and x, [1, 2], timeout=0.05)
    try:
        next(it)
    except TimeoutError:
        print("map timed out")
    gate.set()
