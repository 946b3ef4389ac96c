# test submit from an atexit callback: a used pool says 'after shutdown', an unused one 'after interpreter shutdown'
import atexit
import threading
from concurrent.futures import ThreadPoolExecutor

used = ThreadPoolExecutor(max_workers=2)
unused = ThreadPoolExecutor(max_workers=2)
closed = ThreadPoolExecutor(max_workers=1)
print(used.submit(sum, [1, 2, 3]).result())
closed.shutdown()


def flush_pending():
    print("atexit: flushing")
    for name, pool in (("used", used), ("unused", unused), ("closed", closed)):
        try:
            pool.submit(print, "late work")
        except RuntimeError as e:
            print(f"{name}: RuntimeError: {e}")
    t = threading.Thread(target=print, args=("a plain thread still runs",))
    t.start()
    t.join()


atexit.register(flush_pending)
worker = threading.Thread(target=print, args=("worker done",))
worker.start()
worker.join()
print("main ends")
