# test futures: result timeout
from concurrent.futures import ThreadPoolExecutor, TimeoutError
import threading
gate = threading.Event()
started = threading.Event()
def block():
    started.set()
    gate.wait()
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(block)
    started.wait()
    try:
        f.result(timeout=0.05)
    except TimeoutError as e:
        print("timeout", type(e).__name__, TimeoutError is __builtins__.TimeoutError if hasattr(__builtins__, "TimeoutError") else True)
    print(f.running(), f.done())
    gate.set()
print(f.result(), f.done())
