# test from concurrent.futures._base import Future (an IDE's auto-import) and the classes' modules
from concurrent.futures._base import Future, TimeoutError, CancelledError, LOGGER, FINISHED
from concurrent.futures import ThreadPoolExecutor, Executor
import concurrent.futures as cf
import threading

print(Future, Executor, ThreadPoolExecutor, CancelledError)
print(Future is cf.Future, TimeoutError is cf.TimeoutError, LOGGER.name, FINISHED)
print(cf._base.DoneAndNotDoneFutures.__name__, issubclass(ThreadPoolExecutor, cf._base.Executor))

handoff = Future()


def producer():
    handoff.set_result("made in a thread")


t = threading.Thread(target=producer)
t.start()
print(handoff.result(timeout=5))
t.join()
try:
    Future().result(timeout=0.01)
except TimeoutError:
    print("TimeoutError caught through _base's name")
