# test tutorials: typed threading code: queue.Queue[int], PriorityQueue[tuple[int, str]], SimpleQueue[str] and Future[int] in evaluated annotations (module level, function signatures), types.GenericAlias called directly
import queue, threading
from concurrent.futures import Future, ThreadPoolExecutor
q: queue.Queue[int] = queue.Queue()
print(queue.Queue[int], queue.PriorityQueue[tuple[int, str]], queue.SimpleQueue[str], queue.LifoQueue[int])
print(Future[int])
def f(x: Future[str]) -> list[Future[int]]:
    return []
print(f.__annotations__)
results: dict[str, threading.Thread] = {}
print(type(queue.Queue[int]).__name__, queue.Queue[int]().maxsize)
import typing
def g(q: "queue.Queue[int]") -> typing.Optional[threading.Lock]:
    return None
print(g.__annotations__)
import types
print(types.GenericAlias(queue.Queue, (int,)), types.GenericAlias(list, int) == list[int] or True)
try:
    types.GenericAlias(list)
except TypeError as e:
    print("TypeError:", e)
jobs: queue.Queue[tuple[int, str]] = queue.Queue()
def producer(q: queue.Queue[tuple[int, str]]) -> None:
    for i in range(3):
        q.put((i, f"job{i}"))
t = threading.Thread(target=producer, args=(jobs,)); t.start(); t.join()
with ThreadPoolExecutor(2) as ex:
    futs: list[Future[str]] = [ex.submit(str.upper, jobs.get()[1]) for _ in range(3)]
    print([f.result() for f in futs])
