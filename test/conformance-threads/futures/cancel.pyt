# test futures: cancel
from concurrent.futures import ThreadPoolExecutor, CancelledError
import threading
gate = threading.Event()
started = threading.Event()
def block():
    started.set()
    gate.wait()
with ThreadPoolExecutor(max_workers=1) as ex:
    blocker = ex.submit(block)
    started.wait()
    queued = ex.submit(print, "never printed")
    print("cancel queued:", queued.cancel())
    print("cancelled:", queued.cancelled(), "done:", queued.done())
    print("cancel running:", blocker.cancel())
    gate.set()
try:
    queued.result()
except CancelledError as e:
    print("CancelledError", type(e).__module__)
