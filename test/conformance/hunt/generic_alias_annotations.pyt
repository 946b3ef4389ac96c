# test hunt: annotations evaluated at run time: queue.Queue[int], deque[str], collections.abc.Callable[[int], None] | None, Future[int]; types.GenericAlias(origin, args), alias equality and hashing
import queue, threading
from collections import deque, defaultdict, Counter, OrderedDict, ChainMap
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
tasks: queue.Queue[int] = queue.Queue()
results: deque[str] = deque(maxlen=3)
counts: defaultdict[str, int] = defaultdict(int)
handlers: dict[str, Callable[[int], None]] = {}
def worker(q: queue.Queue[int], out: deque[str], on_done: Callable[[int], None] | None = None) -> None:
    while True:
        item = q.get()
        if item is None:
            break
        out.append(f"done {item}")
        if on_done:
            on_done(item)
@dataclass
class Pool:
    pending: deque[int] = field(default_factory=deque)
    futures: list[Future[int]] = field(default_factory=list)
    callback: Callable[..., None] | None = None
for i in range(4):
    tasks.put(i)
tasks.put(None)
t = threading.Thread(target=worker, args=(tasks, results, lambda i: counts.__setitem__(str(i), i)))
t.start()
t.join()
print(results, dict(counts), Pool(), __annotations__["handlers"], worker.__annotations__)
print(Callable[[int], str], Callable[[], None], Callable[..., int].__args__, Callable[[int], str] == Callable[[int], str], Iterable[int], Mapping[str, int], Sequence[tuple[int, str]])
print(queue.PriorityQueue[tuple[int, str]], queue.SimpleQueue[int], Counter[str], OrderedDict[str, int], ChainMap[str, int], partial[int], Future[str])
print(deque[int]([1, 2]), list[int]("ab"), deque[int] == deque[int], {deque[int]: 1}[deque[int]], type(deque[int]).__name__, Iterator[int].__origin__)
for bad in [lambda: Callable[int], lambda: Callable[int, str], lambda: isinstance(deque(), deque[int])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
