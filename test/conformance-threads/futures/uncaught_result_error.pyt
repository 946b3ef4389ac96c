# test futures: uncaught result error
from concurrent.futures import ThreadPoolExecutor, CancelledError
f = ThreadPoolExecutor(1)
import threading
g = threading.Event()
f.submit(g.wait)
x = f.submit(print, "x")
x.cancel()
g.set()
f.shutdown()
try:
    x.exception()
except CancelledError:
    print("cancelled")
