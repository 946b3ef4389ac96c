# test more futures corners
from concurrent.futures import ThreadPoolExecutor, wait, as_completed, Future, TimeoutError, FIRST_COMPLETED
import concurrent.futures as cf
import threading
ev = threading.Event()
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(ev.wait)
    try:
        f.result(timeout=0)
    except TimeoutError as e:
        print("TimeoutError", repr(e))
    try:
        f.exception(timeout=0.01)
    except TimeoutError as e:
        print("TimeoutError from exception()", repr(e))
    r = wait([f], timeout=0.01)
    print(type(r).__name__, r._fields, len(r.done), len(r.not_done))
    ev.set()
    r = wait([f, f], return_when=FIRST_COMPLETED)
    print(len(r.done))
    print(len(list(as_completed([f, f, f]))))
    try:
        ex.submit(fn=print)
    except TypeError as e:
        print("TypeError:", e)
    print(ex.submit(lambda fn: fn * 2, fn=4).result())
    print(ex.submit(dict, a=1, b=2).result())
print(Future[int], cf.Future is Future, cf.CancelledError.__mro__[:3])
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(cf.InvalidStateError.__mro__)
print(cf.TimeoutError is TimeoutError, cf.BrokenExecutor.__mro__)
def inner():
    with ThreadPoolExecutor(1) as ex2:
        return ex2.submit(lambda: "nested").result()
with ThreadPoolExecutor(1) as ex:
    print(ex.submit(inner).result())
def gen_results():
    with ThreadPoolExecutor(2) as ex:
        yield from ex.map(str, range(5))
print(list(gen_results()))
ex = ThreadPoolExecutor(1)
ex.shutdown()
ex.shutdown()
try:
    with ex:
        ex.submit(print)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ex.map(abs, [1])
except RuntimeError as e:
    print("RuntimeError:", e)
